using System.Text.Json;
using CaseGraph.Core.Corpus;
using CaseGraph.Core.Ingestion;
using CaseGraph.Core.Privacy;
using CaseGraph.Indexing.Corpus;
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
public sealed class PhiScreen(ILogger logger, CorpusLimits? limits = null)
{
    private (string Fingerprint, PhiDetector Detector)? _detector;
    private readonly HashSet<string> _scannedClean = [];

    public ScreenedCorpus Read(string corpusDirectory, string quarantineDirectory)
    {
        var gate = new QuarantineGate(corpusDirectory, quarantineDirectory, logger);
        var snapshot = CorpusReader.Read(corpusDirectory, limits);
        var (fingerprint, detector) = DetectorFor(snapshot);
        var released = gate.ReleaseFixed(detector);
        if (released.Count > 0) snapshot = CorpusReader.Read(corpusDirectory, limits); // the released records are back in the corpus

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
        foreach (var (c, scan) in dirtyCases) gate.QuarantineCase(c.Path, c.Item.Id, scan.Findings);
        foreach (var file in dirtyPassages.GroupBy(x => x.p.Path))
            gate.QuarantinePassages(file.Key, file.ToDictionary(x => x.p.Item.Id, x => x.Item2.Findings));

        var quarantined = dirtyCases.Select(x => x.c.Item.Id).Concat(dirtyPassages.Select(x => x.p.Item.Id)).ToHashSet();
        if (quarantined.Count > 0)
            snapshot = snapshot with
            {
                Cases = [.. snapshot.Cases.Where(c => !quarantined.Contains(c.Item.Id))],
                Passages = [.. snapshot.Passages.Where(p => !quarantined.Contains(p.Item.Id))],
            };
        var labels = new SafeLabels(detector);
        snapshot = snapshot with { Errors = [.. snapshot.Errors.Select(labels.Apply)] };
        return new ScreenedCorpus(snapshot, [.. quarantined], released, gate.Directory, gate.Count());
    }

    private (string Fingerprint, PhiDetector Detector) DetectorFor(CorpusSnapshot snapshot)
    {
        if (_detector?.Fingerprint != snapshot.VocabularyFingerprint)
            _detector = (snapshot.VocabularyFingerprint, PhiLexicons.Detector(snapshot.Vocabulary));
        return _detector.Value;
    }
}
