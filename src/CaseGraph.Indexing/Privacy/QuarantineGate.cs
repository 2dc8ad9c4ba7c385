using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CaseGraph.Core.Privacy;
using CaseGraph.Indexing.Ledger;
using Microsoft.Extensions.Logging;

namespace CaseGraph.Indexing.Privacy;

/// <summary>The gate could not keep a copy: the message is safe to log and show (it quotes no path, id or content).</summary>
public sealed class QuarantineRefusedException(string message) : IOException(message);

/// <summary>A record the screen holds back: where it is in the corpus, its content hash, its raw text and what was found.</summary>
public sealed record HoldRequest(string Kind, string Source, int Line, string Id, string ContentHash, string Text, IReadOnlyList<FieldFinding> Findings);

/// <summary>
/// The de-identification gate's writes. The corpus is only ever read: a record holding identifiers is noted in the
/// ledger (<see cref="HeldRecords"/>) and a copy of it is kept, with a report of kinds and offsets (never the identifiers),
/// in the quarantine folder under the indexes folder, as <c>&lt;name&gt;.json</c> and <c>&lt;name&gt;.report.json</c>, where
/// the name is a hash of kind, source and id: no file name or log line there repeats what an id or file name may hold.
/// The copy is written (to a temporary name, then renamed) before the ledger notes it; a release drops the ledger entry
/// last. A run killed at any point leaves the corpus as it was and every record either held, released, or held again
/// on the next run.
/// </summary>
public sealed class QuarantineGate(string quarantineDirectory, HeldRecords ledger, ILogger logger)
{
    public const string RecordSuffix = ".json";
    public const string ReportSuffix = ".report.json";
    private static readonly JsonSerializerOptions ReportJson = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private sealed record Report(string Kind, string Record, int Line, string ContentHash, DateTimeOffset CheckedAt,
        IReadOnlyList<HeldFinding> Findings, string HowToRelease);

    public string Directory => quarantineDirectory;

    /// <summary>The name a record has in quarantine: the first 16 hex digits of the SHA-256 of its kind, source and id.</summary>
    public static string NameFor(string kind, string source, string id) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{kind}\n{source}\n{id}")))[..16];

    public static IReadOnlyList<HeldFinding> Positions(IReadOnlyList<FieldFinding> findings) =>
        [.. findings.Select(f => new HeldFinding(f.Field, f.Kind.ToSlug(), f.Start, f.End, f.Confidence))];

    /// <summary>Keeps a copy and its report, then notes the record in the ledger; a copy already kept of the same content is left as it is.</summary>
    public async Task HoldAsync(HoldRequest request, HeldRecord? already, CancellationToken ct)
    {
        var name = NameFor(request.Kind, request.Source, request.Id);
        var held = new HeldRecord(name, request.Id, request.Kind, request.Source, request.Line, request.ContentHash,
            Positions(request.Findings), DateTimeOffset.UtcNow, already?.ReleasedHash);
        var (record, report) = (QuarantineFile(name, RecordSuffix), QuarantineFile(name, ReportSuffix));
        if (already?.ContentHash == request.ContentHash && File.Exists(record) && File.Exists(report)) return;
        WriteAtomically(record, request.Text);
        WriteAtomically(report, JsonSerializer.Serialize(new Report(held.Kind, name + RecordSuffix, held.Line, held.ContentHash, held.HeldAt, held.Findings,
            "Remove or generalise the identifiers at these positions in the corpus file the ledger notes (`quarantine list`): the next run " +
            "indexes it once it scans clean. Or, after review, `quarantine release --id ID` indexes it as it is."), ReportJson));
        await ledger.HoldAsync(held, ct);
        logger.LogWarning("Held back {Kind} {Name}: {Findings}", held.Kind, name, string.Join("; ", request.Findings));
    }

    /// <summary>Forgets a held record whose corpus file now scans clean or no longer holds it: its copy goes first, its ledger entry last.</summary>
    public async Task DropAsync(HeldRecord held, CancellationToken ct)
    {
        foreach (var file in new[] { QuarantineFile(held.Name, RecordSuffix), QuarantineFile(held.Name, ReportSuffix) })
            if (File.Exists(file)) File.Delete(file);
        await ledger.DropAsync(held.Name, ct);
        logger.LogInformation("No longer holding {Kind} {Name}: its corpus file scans clean now or no longer holds it", held.Kind, held.Name);
    }

    private string QuarantineFile(string name, string suffix) =>
        ConfinedPath.IsLink(quarantineDirectory) ? throw new QuarantineRefusedException("the quarantine folder is a symbolic link")
        : ConfinedPath.Resolve(quarantineDirectory, name + suffix) ?? throw new QuarantineRefusedException("its quarantine file is a symbolic link");

    /// <summary>Writes beside the target under a short temporary name, then renames it into place.</summary>
    private static void WriteAtomically(string path, string content)
    {
        var folder = Path.GetDirectoryName(path)!;
        System.IO.Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, $".{Guid.NewGuid():N}.tmp");
        File.WriteAllText(temp, content);
        File.Move(temp, path, overwrite: true);
    }
}
