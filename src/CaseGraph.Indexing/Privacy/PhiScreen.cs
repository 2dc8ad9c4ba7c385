using System.Text.Json;
using CaseGraph.Core.Corpus;
using CaseGraph.Core.Ingestion;
using CaseGraph.Core.Privacy;
using CaseGraph.Indexing.Corpus;
using CaseGraph.Indexing.Ledger;
using Microsoft.Extensions.Logging;

namespace CaseGraph.Indexing.Privacy;

/// <summary>
/// What the screen let through, what it held back (ids), what it released (ids), and how many are held.
/// <paramref name="CleanFiles"/>: the files read whose every record passed, with no problem reported and no record held
/// back or released: what the ledger may vouch for.
/// </summary>
public sealed record ScreenedCorpus(CorpusSnapshot Snapshot, IReadOnlyList<string> Quarantined, IReadOnlyList<string> Released,
    string QuarantineFolder, int Waiting, IReadOnlySet<string> CleanFiles);

/// <summary>
/// Reads the corpus (only reads it) through the de-identification gate. Every record not already known clean is
/// scanned; one with findings is held back (<see cref="QuarantineGate"/>) unless a reviewer released it with this very
/// content. A held record whose corpus file now scans clean is released. Keeps one detector per vocabulary (its
/// clinical words are never names) and the content hashes of records that scanned clean.
/// Corpus problems come out with their file named by a safe label (<see cref="SafeLabels"/>).
/// </summary>
public sealed class PhiScreen(HeldRecords ledger, ILogger logger, CorpusLimits? limits = null, double threshold = PhiConfidence.DefaultThreshold)
{
    private (string Fingerprint, Lazy<PhiDetector> Detector)? _detector;
    private readonly HashSet<string> _scannedClean = [];

    /// <summary>A record read from the corpus and scanned: where it came from and what was found.</summary>
    private sealed record Scanned(string Kind, string Id, string Source, string ContentHash, IReadOnlyList<FieldFinding> Findings)
    {
        public string Name => QuarantineGate.NameFor(Kind, Source, Id);
    }

    /// <param name="indexedFrom">id -> the corpus path the ledger recorded it from (see <see cref="CorpusReader.Read"/>)</param>
    /// <param name="known">files the ledger vouches for, neither read nor scanned while unchanged (<see cref="CorpusReader.Read"/>)</param>
    public async Task<ScreenedCorpus> ReadAsync(string corpusDirectory, string quarantineDirectory, IReadOnlyDictionary<string, string> indexedFrom,
        CancellationToken ct, KnownFiles? known = null)
    {
        var gate = new QuarantineGate(quarantineDirectory, ledger, logger);
        var snapshot = CorpusReader.Read(corpusDirectory, indexedFrom, limits, known);
        var (fingerprint, detector) = DetectorFor(snapshot);
        var held = (await ledger.AllAsync(ct)).ToDictionary(h => h.Name);

        // Scanning is pure and the slowest step of a first run: records are scanned in parallel, the cache updated after.
        Scanned Scan(string kind, string id, string source, object record, Func<IReadOnlyList<FieldFinding>> scan)
        {
            var json = JsonSerializer.Serialize(record);
            var content = ContentHash.Of(kind, json);
            return new Scanned(kind, id, source, content, _scannedClean.Contains(ContentHash.Of(fingerprint, content)) ? [] : scan());
        }
        var scanned = snapshot.Cases.AsParallel().AsOrdered().Select(c => Scan("case", c.Item.Id, c.Path, c.Item, () => RecordScanner.Scan(c.Item, detector.Value)))
            .Concat(snapshot.Passages.AsParallel().AsOrdered().Select(p => Scan("guideline", p.Item.Id, p.Path, p.Item, () => RecordScanner.Scan(p.Item, detector.Value))))
            .ToList();
        _scannedClean.UnionWith(scanned.Where(s => s.Findings.Count == 0).Select(s => ContentHash.Of(fingerprint, s.ContentHash)));

        var errors = new List<CorpusError>();
        var withheld = new HashSet<string>();
        var released = new List<string>();
        foreach (var record in scanned)
        {
            var entry = held.GetValueOrDefault(record.Name);
            if (record.Findings.Count == 0)
            {
                if (entry is not null) { await DropAsync(gate, entry, ct); released.Add(record.Id); }
            }
            else if (entry is { Released: true } && entry.ContentHash == record.ContentHash)
            {
                if (!indexedFrom.ContainsKey(record.Id)) released.Add(record.Id); // released by a reviewer: indexed as it is
            }
            else
            {
                withheld.Add(record.Id); // indexed nowhere, whether or not a copy could be kept
                await HoldAsync(gate, corpusDirectory, record, entry, errors, ct);
            }
        }

        // A held record its corpus file no longer holds (removed or renamed there) is forgotten; one whose file could not be read waits.
        var unreadable = snapshot.Errors.Select(e => e.Path).ToHashSet();
        var present = scanned.Select(s => s.Name).ToHashSet();
        foreach (var gone in held.Values.Where(h => !present.Contains(h.Name) && !unreadable.Contains(h.Source) && !snapshot.Unchanged.ContainsKey(h.Source)))
            await DropAsync(gate, gone, ct);

        var (waiting, _) = await ledger.CountsAsync(ct);
        var notClean = unreadable.Concat(errors.Select(e => e.Path)).Concat(scanned.Where(s => s.Findings.Count > 0).Select(s => s.Source))
            .Concat((await ledger.AllAsync(ct)).Select(h => h.Source)).ToHashSet();
        var cleanFiles = snapshot.Stamps.Keys.Where(path => !notClean.Contains(path)).ToHashSet();

        snapshot = snapshot with
        {
            Cases = [.. snapshot.Cases.Where(c => !withheld.Contains(c.Item.Id))],
            Passages = [.. snapshot.Passages.Where(p => !withheld.Contains(p.Item.Id))],
            Errors = [.. snapshot.Errors, .. errors, .. LegacyQuarantine.Problems(corpusDirectory)],
        };
        if (snapshot.Errors.Count > 0)
        {
            var labels = new SafeLabels(detector.Value);
            snapshot = snapshot with { Errors = [.. snapshot.Errors.Select(labels.Apply)] };
        }
        return new ScreenedCorpus(snapshot, [.. withheld], released, gate.Directory, waiting, cleanFiles);
    }

    /// <summary>Holds a record back; one whose copy cannot be kept is reported and indexed nowhere, and the run goes on.</summary>
    private async Task HoldAsync(QuarantineGate gate, string corpusDirectory, Scanned record, HeldRecord? entry, List<CorpusError> errors, CancellationToken ct)
    {
        try
        {
            var raw = RawRecord.Read(corpusDirectory, record.Kind, record.Source, record.Id)
                ?? throw new QuarantineRefusedException("its corpus file changed while it was read");
            await gate.HoldAsync(new HoldRequest(record.Kind, record.Source, raw.Line, record.Id, record.ContentHash, raw.Text, record.Findings), entry, ct);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Messages of I/O exceptions quote paths, which may hold identifiers: only the gate's own refusals are quoted.
            var reason = ex is QuarantineRefusedException ? ex.Message : ex.GetType().Name;
            errors.Add(new CorpusError(record.Source, 0, $"holds identifiers and no copy could be kept in quarantine ({reason}); it is indexed nowhere"));
            logger.LogWarning("A record with identifiers could not be copied to quarantine and is indexed nowhere: {Reason}", reason);
        }
    }

    private async Task DropAsync(QuarantineGate gate, HeldRecord entry, CancellationToken ct)
    {
        try
        {
            await gate.DropAsync(entry, ct);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The corpus holds the clean record, which is indexed: only the stale copy stays, and goes on a later run.
            logger.LogWarning("The quarantined copy of {Name} could not be removed: {Reason}", entry.Name, ex is QuarantineRefusedException ? ex.Message : ex.GetType().Name);
        }
    }

    /// <summary>The detector for this vocabulary, built on first use (a run that reads nothing new needs none).</summary>
    private (string Fingerprint, Lazy<PhiDetector> Detector) DetectorFor(CorpusSnapshot snapshot)
    {
        // A record that scanned clean at one threshold may not at another: the threshold is part of the cache's key.
        var fingerprint = $"{snapshot.VocabularyFingerprint}@{threshold:R}";
        if (_detector?.Fingerprint != fingerprint)
            _detector = (fingerprint, new(() => PhiLexicons.Detector(snapshot.Vocabulary, threshold)));
        return _detector.Value;
    }
}
