using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CaseGraph.Core.Corpus;
using CaseGraph.Core.Privacy;
using CaseGraph.Indexing.Ledger;
using Microsoft.Extensions.Logging;

namespace CaseGraph.Indexing.Privacy;

/// <summary>The gate would not move a record: the message is safe to log and show (it quotes no path, id or content).</summary>
public sealed class QuarantineRefusedException(string message) : IOException(message);

/// <summary>What the gate did in one run: records moved out of the corpus, and fixed records moved back.</summary>
public sealed record QuarantineOutcome(IReadOnlyList<string> Quarantined, IReadOnlyList<string> Released);

/// <summary>
/// The de-identification gate. A case or passage in which the PHI detector finds an identifier is moved out of the
/// corpus into the quarantine folder as <c>&lt;name&gt;.json</c> beside <c>&lt;name&gt;.report.json</c> (the kinds and positions
/// found, never the identifiers), where the name is a hash of kind, source and id: no file name or log line there
/// repeats an identifier an id or a file name may hold, whatever its length. Where it came from is noted in the
/// <see cref="QuarantineRegister"/>, never taken from a file in quarantine. A coordinator edits the quarantined file in
/// place; once it scans clean the gate moves it back to that noted place, only ever inside the corpus and through no
/// symbolic link. Files are written to a temporary name and renamed, and a record is written to its new place before
/// it leaves the old one, so a crash can duplicate a record between corpus and quarantine but never lose it.
/// </summary>
public sealed class QuarantineGate(string corpusDirectory, string quarantineDirectory, QuarantineRegister register, ILogger logger)
{
    public const string RecordSuffix = ".json";
    public const string ReportSuffix = ".report.json";
    private static readonly JsonSerializerOptions ReportJson = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private sealed record Report(string Kind, string Record, DateTimeOffset CheckedAt, IReadOnlyList<ReportFinding> Findings, string HowToRelease);

    private sealed record ReportFinding(string Field, string Kind, int Start, int End);

    public string Directory => quarantineDirectory;

    /// <summary>The name a record has in quarantine: the first 16 hex digits of the SHA-256 of its kind, source and id.</summary>
    public static string NameFor(string kind, string source, string id) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{kind}\n{source}\n{id}")))[..16];

    /// <summary>How many records wait in quarantine.</summary>
    public int Count() => System.IO.Directory.Exists(quarantineDirectory)
        ? System.IO.Directory.EnumerateFiles(quarantineDirectory, "*" + ReportSuffix, SearchOption.AllDirectories).Count()
        : 0;

    /// <summary>Moves a case file (path relative to the corpus) into quarantine with its report.</summary>
    public async Task QuarantineCaseAsync(string relativePath, string id, IReadOnlyList<FieldFinding> findings, CancellationToken ct)
    {
        var source = CorpusFile(relativePath);
        var origin = new QuarantineOrigin(NameFor("case", relativePath, id), "case", relativePath, id);
        await HoldAsync(origin, File.ReadAllText(source), findings, ct);
        File.Delete(source);
    }

    /// <summary>Moves passages (by id) out of one guideline JSONL file: each to its own file with a report.</summary>
    public async Task QuarantinePassagesAsync(string relativePath, IReadOnlyDictionary<string, IReadOnlyList<FieldFinding>> findingsById, CancellationToken ct)
    {
        var source = CorpusFile(relativePath);
        var kept = new List<string>();
        foreach (var line in File.ReadAllText(source).Split('\n'))
        {
            var id = PassageId(line);
            if (id is null || !findingsById.TryGetValue(id, out var findings)) kept.Add(line);
            else await HoldAsync(new QuarantineOrigin(NameFor("guideline", relativePath, id), "guideline", relativePath, id), line.TrimEnd('\r') + "\n", findings, ct);
        }
        WriteAtomically(source, string.Join('\n', kept));
    }

    /// <summary>Notes the origin, then writes the record and its report; the caller removes it from the corpus after.</summary>
    private async Task HoldAsync(QuarantineOrigin origin, string record, IReadOnlyList<FieldFinding> findings, CancellationToken ct)
    {
        await register.AddAsync(origin, ct);
        var target = QuarantineFile(origin.Name, RecordSuffix);
        KeepWaitingCopy(origin.Name);
        WriteAtomically(target, record);
        WriteReport(origin, findings);
        logger.LogWarning("Quarantined {Kind} {Name}: {Findings}", origin.Kind, origin.Name, string.Join("; ", findings));
    }

    /// <summary>Moves every quarantined record that now scans clean back into the corpus; refreshes the others' reports.</summary>
    /// <returns>the names of the records released</returns>
    public async Task<IReadOnlyList<string>> ReleaseFixedAsync(PhiDetector detector, CancellationToken ct)
    {
        if (!System.IO.Directory.Exists(quarantineDirectory)) return [];
        var released = new List<string>();
        var names = System.IO.Directory.EnumerateFiles(quarantineDirectory, "*" + ReportSuffix)
            .Select(p => Path.GetFileName(p)[..^ReportSuffix.Length]).Order(StringComparer.Ordinal).ToList();
        foreach (var name in names)
        {
            try
            {
                if (await TryReleaseAsync(name, detector, ct)) released.Add(name);
            }
            catch (Exception ex) when (ex is IOException or JsonException or UnauthorizedAccessException)
            {
                // Other exceptions' messages may quote a path or the record's content: only their type is logged.
                logger.LogWarning("Quarantined record {Name} stays in quarantine: {Reason}", name, ex is QuarantineRefusedException ? ex.Message : ex.GetType().Name);
            }
        }
        return released;
    }

    private async Task<bool> TryReleaseAsync(string name, PhiDetector detector, CancellationToken ct)
    {
        var recordPath = QuarantineFile(name, RecordSuffix);
        var origin = await register.FindAsync(name, ct)
            ?? throw new QuarantineRefusedException("the worker has no note of where it came from; move it back by hand");
        if (!File.Exists(recordPath))
        {
            // Deleted by hand, or released by a run that stopped before it removed the report: nothing waits any more.
            File.Delete(QuarantineFile(name, ReportSuffix));
            await register.RemoveAsync(name, ct);
            return false;
        }
        var (id, text, findings) = Scan(origin.Kind, name, File.ReadAllText(recordPath), detector);
        if (findings.Count > 0)
        {
            WriteReport(origin, findings);
            return false;
        }

        var destination = Destination(origin);
        if (origin.Kind == "case")
        {
            if (File.Exists(destination)) throw new QuarantineRefusedException("its file exists in the corpus again; resolve which copy to keep");
            WriteAtomically(destination, text);
        }
        else
        {
            var existing = File.Exists(destination) ? File.ReadAllText(destination).TrimEnd('\n', '\r') : "";
            if (existing.Split('\n').Any(l => PassageId(l) == id)) throw new QuarantineRefusedException("its passage is in its guideline file again; resolve which copy to keep");
            WriteAtomically(destination, (existing.Length > 0 ? existing + "\n" : "") + text + "\n");
        }
        File.Delete(recordPath);
        File.Delete(QuarantineFile(name, ReportSuffix));
        await register.RemoveAsync(name, ct);
        logger.LogInformation("Released {Kind} {Name} from quarantine back into the corpus: it scans clean", origin.Kind, name);
        return true;
    }

    /// <summary>Parses an (edited) quarantined record and scans it: its id, the text to put back, and what the detector finds.</summary>
    private static (string Id, string Text, IReadOnlyList<FieldFinding> Findings) Scan(string kind, string name, string text, PhiDetector detector)
    {
        if (kind == "case")
        {
            var parsed = CaseParser.Parse(text, name + RecordSuffix);
            if (parsed.Value is null) throw new QuarantineRefusedException($"it is not a valid case ({parsed.Errors.Count} problem(s)); fix it in place");
            return (parsed.Value.Id, text, RecordScanner.Scan(parsed.Value, detector));
        }
        var line = JsonSerializer.Serialize(JsonDocument.Parse(text).RootElement); // one line, however it was edited
        var (passages, _) = GuidelineParser.Parse(line, name + RecordSuffix);
        if (passages.Count != 1) throw new QuarantineRefusedException("it is not a valid guideline passage; fix it in place");
        return (passages[0].Id, line, RecordScanner.Scan(passages[0], detector));
    }

    /// <summary>Where a record goes back to: its noted source, inside the corpus folder its kind is read from.</summary>
    private string Destination(QuarantineOrigin origin)
    {
        var (folder, extension) = origin.Kind == "case" ? ("cases/", ".json") : ("guidelines/", ".jsonl");
        if (!origin.Source.StartsWith(folder, StringComparison.Ordinal) || !origin.Source.EndsWith(extension, StringComparison.Ordinal))
            throw new QuarantineRefusedException("its noted origin is not a corpus file of its kind");
        return ConfinedPath.Resolve(corpusDirectory, origin.Source) ?? throw new QuarantineRefusedException("its noted origin lies outside the corpus or behind a symbolic link");
    }

    private string CorpusFile(string relativePath) =>
        ConfinedPath.Resolve(corpusDirectory, relativePath) ?? throw new QuarantineRefusedException("its path lies outside the corpus or behind a symbolic link");

    private string QuarantineFile(string name, string suffix) =>
        ConfinedPath.IsLink(quarantineDirectory) ? throw new QuarantineRefusedException("the quarantine folder is a symbolic link")
        : ConfinedPath.Resolve(quarantineDirectory, name + suffix) ?? throw new QuarantineRefusedException("its quarantine file is a symbolic link");

    /// <summary>A record quarantined again while an earlier copy waits (perhaps half edited) keeps that copy beside it.</summary>
    private void KeepWaitingCopy(string name)
    {
        var (record, report) = (QuarantineFile(name, RecordSuffix), QuarantineFile(name, ReportSuffix));
        if (File.Exists(record) && File.Exists(report))
            File.Move(record, QuarantineFile($"{name}.earlier-{DateTime.UtcNow:yyyyMMddHHmmssfff}", RecordSuffix), overwrite: false);
    }

    private void WriteReport(QuarantineOrigin origin, IReadOnlyList<FieldFinding> findings) =>
        WriteAtomically(QuarantineFile(origin.Name, ReportSuffix), JsonSerializer.Serialize(new Report(origin.Kind, origin.Name + RecordSuffix, DateTimeOffset.UtcNow,
            findings.Select(f => new ReportFinding(f.Field, f.Kind.ToSlug(), f.Start, f.End)).ToList(),
            "Remove or generalise the identifiers at these positions in the record file named here (edit it in place). " +
            "The worker moves it back to where it came from in the corpus once it scans clean."), ReportJson));

    private static string? PassageId(string line)
    {
        if (string.IsNullOrWhiteSpace(line)) return null;
        try
        {
            using var doc = JsonDocument.Parse(line);
            return doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
                ? id.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Writes beside the target under a short temporary name (a long file name plus a suffix could exceed the
    /// file system's limit), then renames it into place.</summary>
    private static void WriteAtomically(string path, string content)
    {
        var folder = Path.GetDirectoryName(path)!;
        System.IO.Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, $".{Guid.NewGuid():N}.tmp");
        File.WriteAllText(temp, content);
        File.Move(temp, path, overwrite: true);
    }
}
