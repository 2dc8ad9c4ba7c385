using System.Text.Json;
using CaseGraph.Core.Corpus;
using CaseGraph.Core.Ingestion;
using CaseGraph.Core.Privacy;
using CaseGraph.Indexing.Corpus;
using CaseGraph.Indexing.Ledger;
using Microsoft.Extensions.Logging;

namespace CaseGraph.Indexing.Privacy;

/// <summary>What the screen let through, what it held back, and what it released from quarantine.</summary>
public sealed record ScreenedCorpus(CorpusSnapshot Snapshot, IReadOnlyList<string> Quarantined, IReadOnlyList<string> Released,
    string QuarantineFolder, int Waiting);

/// <summary>
/// Reads the corpus through the de-identification gate: first releases quarantined records that now scan clean,
/// then scans every record not already known clean and quarantines those holding identifiers. Keeps one detector
/// per vocabulary (its clinical words are never names) and the content hashes of records that scanned clean.
/// Corpus problems come out with their file named by a safe label (<see cref="SafeLabels"/>).
/// </summary>
public sealed class PhiScreen(QuarantineRegister register, ILogger logger, CorpusLimits? limits = null)
{
    private (string Fingerprint, PhiDetector Detector)? _detector;
    private readonly HashSet<string> _scannedClean = [];

    /// <param name="indexedFrom">id -> the corpus path the ledger recorded it from (see <see cref="CorpusReader.Read"/>)</param>
    public async Task<ScreenedCorpus> ReadAsync(string corpusDirectory, string quarantineDirectory, IReadOnlyDictionary<string, string> indexedFrom,
        CancellationToken ct)
    {
        var gate = new QuarantineGate(corpusDirectory, quarantineDirectory, register, logger);
        var snapshot = CorpusReader.Read(corpusDirectory, indexedFrom, limits);
        var (fingerprint, detector) = DetectorFor(snapshot);
        var released = await gate.ReleaseFixedAsync(detector, ct);
        if (released.Count > 0) snapshot = CorpusReader.Read(corpusDirectory, indexedFrom, limits); // the released records are back in the corpus

        // Scanning is pure and the slowest step of a first run: records are scanned in parallel, the cache updated after.
        (string Hash, IReadOnlyList<FieldFinding> Findings) Scan(object record, Func<IReadOnlyList<FieldFinding>> scan)
        {
            var hash = ContentHash.Of(fingerprint, JsonSerializer.Serialize(record));
            return (hash, _scannedClean.Contains(hash) ? [] : scan());
        }
        var cases = snapshot.Cases.AsParallel().AsOrdered().Select(c => (c, Scan(c.Item, () => RecordScanner.Scan(c.Item, detector)))).ToList();
        var passages = snapshot.Passages.AsParallel().AsOrdered().Select(p => (p, Scan(p.Item, () => RecordScanner.Scan(p.Item, detector)))).ToList();
        _scannedClean.UnionWith(cases.Select(x => x.Item2).Concat(passages.Select(x => x.Item2)).Where(r => r.Findings.Count == 0).Select(r => r.Hash));

        var dirtyCases = cases.Where(x => x.Item2.Findings.Count > 0).ToList();
        var dirtyPassages = passages.Where(x => x.Item2.Findings.Count > 0).ToList();
        var errors = new List<CorpusError>();
        foreach (var (c, scan) in dirtyCases)
            await HoldBackAsync(c.Path, errors, () => gate.QuarantineCaseAsync(c.Path, c.Item.Id, scan.Findings, ct));
        foreach (var file in dirtyPassages.GroupBy(x => x.p.Path))
            await HoldBackAsync(file.Key, errors, () => gate.QuarantinePassagesAsync(file.Key, file.ToDictionary(x => x.p.Item.Id, x => x.Item2.Findings), ct));

        // A record with findings is indexed nowhere, whether or not it could be moved.
        var quarantined = dirtyCases.Select(x => x.c.Item.Id).Concat(dirtyPassages.Select(x => x.p.Item.Id)).ToHashSet();
        if (quarantined.Count > 0)
            snapshot = snapshot with
            {
                Cases = [.. snapshot.Cases.Where(c => !quarantined.Contains(c.Item.Id))],
                Passages = [.. snapshot.Passages.Where(p => !quarantined.Contains(p.Item.Id))],
                Errors = [.. snapshot.Errors, .. errors],
            };
        var labels = new SafeLabels(detector);
        snapshot = snapshot with { Errors = [.. snapshot.Errors.Select(labels.Apply)] };
        return new ScreenedCorpus(snapshot, [.. quarantined], released, gate.Directory, gate.Count());
    }

    /// <summary>Moves a file's dirty records to quarantine; a file the gate cannot move is reported and the run goes on.</summary>
    private async Task HoldBackAsync(string path, List<CorpusError> errors, Func<Task> move)
    {
        try
        {
            await move();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Messages of I/O exceptions quote paths, which may hold identifiers: only the gate's own refusals are quoted.
            var reason = ex is QuarantineRefusedException ? ex.Message : ex.GetType().Name;
            errors.Add(new CorpusError(path, 0, $"holds identifiers and could not be moved to quarantine ({reason}); it is indexed nowhere"));
            logger.LogWarning("A record with identifiers could not be moved to quarantine and is indexed nowhere: {Reason}", reason);
        }
    }

    private (string Fingerprint, PhiDetector Detector) DetectorFor(CorpusSnapshot snapshot)
    {
        if (_detector?.Fingerprint != snapshot.VocabularyFingerprint)
            _detector = (snapshot.VocabularyFingerprint, PhiLexicons.Detector(snapshot.Vocabulary));
        return _detector.Value;
    }
}
