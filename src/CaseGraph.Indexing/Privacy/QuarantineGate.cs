using System.Text.Json;
using CaseGraph.Core.Corpus;
using CaseGraph.Core.Privacy;
using Microsoft.Extensions.Logging;

namespace CaseGraph.Indexing.Privacy;

/// <summary>What the gate did in one run: records moved out of the corpus, and fixed records moved back.</summary>
public sealed record QuarantineOutcome(IReadOnlyList<string> Quarantined, IReadOnlyList<string> Released);

/// <summary>
/// The de-identification gate. A case or passage in which the PHI detector finds an identifier is moved out of the
/// corpus into the quarantine folder (same relative path; a passage becomes its own file) beside a report of the
/// kinds and positions found — never the identifiers themselves — so it is indexed nowhere. A coordinator edits the
/// quarantined file in place; once it scans clean the gate moves it back and the next run indexes it. Files are
/// written to a temporary name and renamed, and a record is written to its new place before it leaves the old
/// one, so a crash can duplicate a record between corpus and quarantine but never lose it.
/// </summary>
public sealed class QuarantineGate(string corpusDirectory, string quarantineDirectory, ILogger logger)
{
    public const string ReportSuffix = ".report.json";
    private static readonly JsonSerializerOptions ReportJson = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private sealed record Report(string Source, string Id, string Kind, DateTimeOffset CheckedAt, IReadOnlyList<ReportFinding> Findings, string HowToRelease);

    private sealed record ReportFinding(string Field, string Kind, int Start, int End);

    public string Directory => quarantineDirectory;

    /// <summary>How many records wait in quarantine.</summary>
    public int Count() => System.IO.Directory.Exists(quarantineDirectory)
        ? System.IO.Directory.EnumerateFiles(quarantineDirectory, "*" + ReportSuffix, SearchOption.AllDirectories).Count()
        : 0;

    /// <summary>Moves a case file (path relative to the corpus) into quarantine with its report.</summary>
    public void QuarantineCase(string relativePath, string id, IReadOnlyList<FieldFinding> findings)
    {
        var source = Path.Combine(corpusDirectory, relativePath);
        var target = Path.Combine(quarantineDirectory, relativePath);
        KeepEarlierCopy(target);
        WriteAtomically(target, File.ReadAllText(source));
        WriteReport(target, relativePath, id, "case", findings);
        File.Delete(source);
        logger.LogWarning("Quarantined {Source} ({Id}): {Findings}", relativePath, id, string.Join("; ", findings));
    }

    /// <summary>Moves passages (by id) out of one guideline JSONL file: each to its own file with a report.</summary>
    public void QuarantinePassages(string relativePath, IReadOnlyDictionary<string, IReadOnlyList<FieldFinding>> findingsById)
    {
        var source = Path.Combine(corpusDirectory, relativePath);
        var kept = new List<string>();
        foreach (var line in File.ReadAllText(source).Split('\n'))
        {
            var id = PassageId(line);
            if (id is null || !findingsById.TryGetValue(id, out var findings))
            {
                kept.Add(line);
                continue;
            }
            var target = Path.Combine(quarantineDirectory, Path.ChangeExtension(relativePath, null), id + ".json");
            KeepEarlierCopy(target);
            WriteAtomically(target, line.TrimEnd('\r') + "\n");
            WriteReport(target, relativePath, id, "guideline", findings);
            logger.LogWarning("Quarantined passage {Id} of {Source}: {Findings}", id, relativePath, string.Join("; ", findings));
        }
        WriteAtomically(source, string.Join('\n', kept));
    }

    /// <summary>Moves every quarantined record that now scans clean back into the corpus; refreshes the others' reports.</summary>
    public IReadOnlyList<string> ReleaseFixed(PhiDetector detector)
    {
        if (!System.IO.Directory.Exists(quarantineDirectory)) return [];
        var released = new List<string>();
        foreach (var reportPath in System.IO.Directory.EnumerateFiles(quarantineDirectory, "*" + ReportSuffix, SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var recordPath = reportPath[..^ReportSuffix.Length];
            try
            {
                if (TryRelease(reportPath, recordPath, detector)) released.Add(Path.GetRelativePath(quarantineDirectory, recordPath));
            }
            catch (Exception ex) when (ex is IOException or JsonException or UnauthorizedAccessException)
            {
                logger.LogWarning("Quarantined record {Record} stays in quarantine: {Reason}", Path.GetRelativePath(quarantineDirectory, recordPath), ex.Message);
            }
        }
        return released;
    }

    private bool TryRelease(string reportPath, string recordPath, PhiDetector detector)
    {
        var report = JsonSerializer.Deserialize<Report>(File.ReadAllText(reportPath), ReportJson)
            ?? throw new JsonException("empty report");
        if (!File.Exists(recordPath)) return false;
        var text = File.ReadAllText(recordPath);
        var relative = Path.GetRelativePath(quarantineDirectory, recordPath).Replace('\\', '/');
        IReadOnlyList<FieldFinding> findings;
        if (report.Kind == "case")
        {
            var parsed = CaseParser.Parse(text, relative);
            if (parsed.Value is null) throw new JsonException(string.Join("; ", parsed.Errors));
            findings = RecordScanner.Scan(parsed.Value, detector);
        }
        else
        {
            var line = JsonSerializer.Serialize(JsonDocument.Parse(text).RootElement); // one line, however it was edited
            var (passages, errors) = GuidelineParser.Parse(line, relative);
            if (passages.Count != 1) throw new JsonException(string.Join("; ", errors));
            findings = RecordScanner.Scan(passages[0], detector);
            text = line;
        }
        if (findings.Count > 0)
        {
            WriteReport(recordPath, report.Source, report.Id, report.Kind, findings);
            return false;
        }

        var destination = Path.Combine(corpusDirectory, report.Source);
        if (report.Kind == "case")
        {
            if (File.Exists(destination)) throw new IOException($"{report.Source} exists in the corpus again; resolve which copy to keep");
            WriteAtomically(destination, File.ReadAllText(recordPath));
        }
        else
        {
            var existing = File.Exists(destination) ? File.ReadAllText(destination).TrimEnd('\n', '\r') : "";
            if (existing.Split('\n').Any(l => PassageId(l) == report.Id)) throw new IOException($"passage {report.Id} is in {report.Source} again; resolve which copy to keep");
            WriteAtomically(destination, (existing.Length > 0 ? existing + "\n" : "") + text + "\n");
        }
        File.Delete(reportPath);
        File.Delete(recordPath);
        logger.LogInformation("Released {Record} from quarantine back to {Source}: it scans clean", relative, report.Source);
        return true;
    }

    /// <summary>A record quarantined again while an earlier copy waits (perhaps half edited) keeps that copy beside it.</summary>
    private static void KeepEarlierCopy(string target)
    {
        if (File.Exists(target)) File.Move(target, $"{target}.earlier-{DateTime.UtcNow:yyyyMMddHHmmssfff}", overwrite: false);
    }

    private static void WriteReport(string recordPath, string source, string id, string kind, IReadOnlyList<FieldFinding> findings) =>
        WriteAtomically(recordPath + ReportSuffix, JsonSerializer.Serialize(new Report(source, id, kind, DateTimeOffset.UtcNow,
            findings.Select(f => new ReportFinding(f.Field, f.Kind.ToSlug(), f.Start, f.End)).ToList(),
            "Remove or generalise the identifiers at these positions in the record file beside this report (edit it in place). " +
            "The worker moves it back into the corpus once it scans clean."), ReportJson));

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

    private static void WriteAtomically(string path, string content)
    {
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = path + ".tmp";
        File.WriteAllText(temp, content);
        File.Move(temp, path, overwrite: true);
    }
}
