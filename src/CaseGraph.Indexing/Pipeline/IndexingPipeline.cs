using System.Diagnostics;
using System.Text.Json;
using CaseGraph.Core.Concepts;
using CaseGraph.Core.Corpus;
using CaseGraph.Core.Enrichment;
using CaseGraph.Core.Graph;
using CaseGraph.Core.Ingestion;
using CaseGraph.Core.Model;
using CaseGraph.Core.Privacy;
using CaseGraph.Core.Search;
using CaseGraph.Core.Topics;
using CaseGraph.Indexing.Corpus;
using CaseGraph.Indexing.Hosting;
using CaseGraph.Indexing.Ledger;
using CaseGraph.Indexing.Privacy;
using CaseGraph.Indexing.Semantic;
using CaseGraph.Lucene;
using CaseGraph.Topics.MLNet;
using Microsoft.Extensions.Logging;

namespace CaseGraph.Indexing.Pipeline;

/// <summary>
/// One indexing run: read the corpus (only read it), hold back records holding identifiers, train or load the topic model, diff
/// against the ledger, and write what changed to Lucene and the graph, then record the batch in the ledger.
/// Re-running on an unchanged corpus writes nothing.
/// Crash safety: the ledger is the system of record and is written last. Lucene commits once per run with the new
/// sequence in its commit data (uncommitted changes are rolled back); the graph marks itself in progress while a
/// run writes to it. A view whose sequence differs from the ledger's is rewritten from the corpus, and anything it
/// holds that should not be there is removed.
/// After a run, the items of the commit it leaves are handed to the embedding stage (when there is one), also when the
/// run found nothing new: after a restart, vectors a killed pass left unfinished are completed.
/// </summary>
public sealed class IndexingPipeline(IndexPaths paths, IGraphStore graph, IndexingStatus status, ILogger<IndexingPipeline> logger,
    CorpusLimits? limits = null, IEmbeddingQueue? embeddings = null, ScreenOptions? screen = null)
{
    private const int ChunkSize = 256;

    /// <summary>Bump when what the pipeline derives from an item changes (fields, extraction): every item is then rewritten.</summary>
    public const string IndexFormat = "6";
    private readonly IngestionLedger _ledger = new(paths.Ledger);
    private readonly SemaphoreSlim _oneRunAtATime = new(1, 1);
    private MlNetTopicTagger? _tagger;
    private readonly PhiScreen _screen = new(new HeldRecords(paths.Ledger), logger, limits, screen?.Threshold ?? PhiConfidence.DefaultThreshold);
    private readonly CorpusProblemLog _problems = new(logger);
    private readonly RepeatedLines _repeats = new();

    /// <summary>
    /// What the files the ledger vouches for were read under, besides the vocabulary: the index format, the screen's
    /// threshold, the limits, and the builds of the parsers and the identifier screen (a new screen scans every record again).
    /// </summary>
    private readonly string _filesContext = ContentHash.Of(IndexFormat, (screen?.Threshold ?? PhiConfidence.DefaultThreshold).ToString("R"),
        JsonSerializer.Serialize(limits ?? CorpusLimits.Default), typeof(PhiDetector).Assembly.ManifestModule.ModuleVersionId.ToString(),
        typeof(IndexingPipeline).Assembly.ManifestModule.ModuleVersionId.ToString());

    /// <summary>A corpus item to ingest: its ledger identity, and how to turn it into Lucene documents and a graph fragment.</summary>
    private sealed record Item(string Id, string Kind, string Source, string Hash, Func<Enricher, Prepared> Prepare);

    private sealed record Prepared(Action<LuceneIndexWriter> Write, GraphFragment Fragment);

    public async Task<IndexingReport> RunAsync(string corpusDirectory, CancellationToken ct)
    {
        await _oneRunAtATime.WaitAsync(ct);
        status.Started();
        try
        {
            var report = await RunLockedAsync(corpusDirectory, ct);
            logger.Log(_repeats.LevelFor("done", report with { Elapsed = TimeSpan.Zero, Stages = null }), "Indexing done: {Report}", report);
            return report;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            status.Failed(ex.Message);
            throw;
        }
        finally
        {
            _oneRunAtATime.Release();
        }
    }

    private async Task<IndexingReport> RunLockedAsync(string corpusDirectory, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        await _ledger.InitializeAsync(ct);
        var known = await _ledger.GetKnownFilesAsync(ct);
        // Files the ledger vouches for are not read again while unchanged; when that cannot give what a whole read would, all is read.
        return (known.Context == _filesContext && known.Files.Count > 0 ? await RunAsync(corpusDirectory, known, useKnown: true, clock, ct) : null)
            ?? (await RunAsync(corpusDirectory, known, useKnown: false, clock, ct))!;
    }

    /// <returns>null when unchanged files were left unread and the run cannot go on without reading them</returns>
    private async Task<IndexingReport?> RunAsync(string corpusDirectory, KnownFiles known, bool useKnown, Stopwatch clock, CancellationToken ct)
    {
        var stages = new StageTimes();
        var recorded = await _ledger.GetAllAsync(ct);
        // The ledger says which file each indexed id came from: that file keeps the id when another claims it.
        var indexedFrom = recorded.ToDictionary(r => r.Key, r => r.Value.Source);
        var readStarted = DateTime.UtcNow;
        var screened = await _screen.ReadAsync(corpusDirectory, paths.Quarantine, indexedFrom, ct, useKnown ? known : null);
        stages.Lap("read and screen");
        var (snapshot, quarantined, released) = (screened.Snapshot, screened.Quarantined, screened.Released);
        var partial = snapshot.Unchanged.Count > 0;
        var read = snapshot.Cases.Count + snapshot.Passages.Count + quarantined.Count;
        var records = read + snapshot.Unchanged.Values.Sum(f => f.Items.Count);
        logger.Log(_repeats.LevelFor("screened", (records, quarantined.Count, released.Count)),
            "Read and screened {Read} of {Records} records for identifiers in {Seconds:F1}s ({Unchanged} unchanged files not read again): {Quarantined} held back, {Released} released",
            read, records, clock.Elapsed.TotalSeconds, snapshot.Unchanged.Count, quarantined.Count, released.Count);
        _problems.Log(snapshot.Errors);
        status.Quarantine(new IndexingStatus.QuarantineState(screened.QuarantineFolder, screened.Waiting));

        // A partial read changed no training example (CorpusReader.Read checks): the model the ledger's files were indexed with
        // stands, read from disk only if something is to be written.
        var tagger = partial ? KnownTagger(known.TopicModel) : TrainTagger(snapshot);
        if (tagger is null) return null;
        stages.Lap("topic model");
        status.Loaded(snapshot.Errors, tagger.Status);

        await graph.InitializeAsync(ct);
        var items = DesiredItems(snapshot, tagger);
        var desired = items.ToDictionary(i => i.Key, i => i.Value.Hash);
        if (!AddUnchanged(desired, snapshot.Unchanged.Values, recorded)) return null;
        var ledgerSequence = await _ledger.GetSequenceAsync(ct);

        // The writer is opened only when something is to be written: the commit's sequence is read without it.
        var luceneSequence = LuceneIndexWriter.CommittedSequenceAt(paths.Lucene);
        var graphSequence = await graph.GetSequenceAsync(ct);
        var modelMissing = ledgerSequence > 0 && !File.Exists(SearchModelFiles.PathOf(paths.Lucene, ledgerSequence));
        var behind = luceneSequence != ledgerSequence || graphSequence != ledgerSequence || modelMissing;
        if (behind && partial) return null; // every item is rewritten: all must be read
        if (behind) logger.LogWarning("A view is behind the ledger (ledger {Ledger}, lucene {Lucene}, graph {Graph}); rewriting every item",
            ledgerSequence, luceneSequence, graphSequence);

        var plan = IngestionPlan.Diff(desired, recorded.ToDictionary(r => r.Key, r => r.Value.Hash), behind);
        // Whatever a view holds that the corpus no longer has (left by a run that crashed) goes with the removals.
        IReadOnlyList<string> stale = behind
            ? [.. LuceneIndexWriter.OwnersAt(paths.Lucene).Concat(await graph.GetOwnersAsync(ct)).Distinct().Where(id => !desired.ContainsKey(id)).Except(plan.Removed)]
            : [];
        var skipped = snapshot.Errors.Select(e => e.Path).Distinct().Count();
        var files = FilesUpdate(known, screened, readStarted, tagger);
        EmbeddingTarget Target(long sequence) => partial
            ? EmbeddingTarget.Deferred(sequence, () => ReadIndexed(corpusDirectory, indexedFrom, desired, tagger))
            : EmbeddingTarget.From(sequence, snapshot);
        if (plan.IsEmpty && stale.Count == 0)
        {
            if (!files.IsEmpty) await _ledger.RecordFilesAsync(files, ct);
            var unchanged = new IndexingReport(ledgerSequence, 0, 0, 0, plan.Unchanged, skipped, clock.Elapsed, tagger.Status.State,
                quarantined.Count, released.Count);
            if (ledgerSequence > 0) embeddings?.Enqueue(Target(ledgerSequence));
            status.Finished(unchanged, committed: false);
            return unchanged;
        }

        // A saved model that cannot be loaded is retrained from every example, which needs the whole corpus read.
        if (!tagger.TryLoadModel())
        {
            _tagger = null;
            return null;
        }
        using var lucene = new LuceneIndexWriter(paths.Lucene, DrugWords.From(snapshot.Vocabulary));
        if (lucene.CommittedSequence != luceneSequence) throw new InvalidOperationException("The Lucene index was committed by another writer during the run.");
        var sequence = ledgerSequence + 1;
        stages.Lap("plan");
        var enricher = new Enricher(snapshot.Vocabulary, tagger);
        // The vocabulary first: cases and passages link to its concepts, and an edge to a node not yet written is skipped.
        var toWrite = plan.ToWrite.Select(id => items[id]).OrderBy(i => i.Id == GraphFragments.VocabularyOwner ? 0 : 1).ToList();
        var skippedEdges = new List<GraphEdge>();
        var done = 0;
        var clockWriting = Stopwatch.StartNew();
        // While one chunk is written, the next is enriched.
        (Task<GraphBatchResult> Task, int Items) writing = (Task.FromResult(GraphBatchResult.Complete), 0);
        async Task Written()
        {
            skippedEdges.AddRange((await writing.Task).SkippedEdges);
            stages.Lap("waiting for writes");
            if (writing.Items == 0) return;
            done += writing.Items;
            status.Report(new IndexingProgress("indexing", done, toWrite.Count, clockWriting.Elapsed));
            logger.LogInformation("{Progress}", status.Current.Progress);
        }
        try
        {
            foreach (var chunk in toWrite.Chunk(ChunkSize))
            {
                ct.ThrowIfCancellationRequested();
                var enriched = chunk.AsParallel().AsOrdered().WithCancellation(ct)
                    .Select(item => item.Prepare(enricher)).ToList();
                stages.Lap("enrich");
                await Written();
                writing = (WriteAsync(enriched, lucene, stages, ct), chunk.Length);
            }
            await Written();
        }
        catch when (!writing.Task.IsCompleted)
        {
            // The run failed while a chunk was being written: let that finish before the writer rolls back and closes.
            await writing.Task.ContinueWith(_ => { }, TaskScheduler.Default);
            throw;
        }
        IReadOnlyList<string> removed = [.. plan.Removed, .. stale];
        foreach (var id in removed) lucene.Remove(id);
        skippedEdges.AddRange((await graph.ApplyAsync(new GraphBatch(sequence, removed, []), ct)).SkippedEdges);
        if (skippedEdges.Count > 0)
            logger.LogWarning("{Count} graph edges were not written because a node they join is missing, e.g. {Examples}", skippedEdges.Count,
                string.Join("; ", skippedEdges.Take(5).Select(e => $"{e.From} {e.Type} {e.To}")));
        SearchModelFiles.Write(paths.Lucene, ModelOf(snapshot, tagger, sequence)); // before the commit it describes
        lucene.Commit(sequence);
        await _ledger.RecordAsync(sequence, toWrite.Select(i => new LedgerEntry(i.Id, i.Kind, i.Source, i.Hash)), plan.Removed, ct, files);
        stages.Lap("commit and ledger");

        var report = new IndexingReport(sequence, plan.Added.Count, plan.Changed.Count, removed.Count, plan.Unchanged, skipped,
            clock.Elapsed, tagger.Status.State, quarantined.Count, released.Count, stages, skippedEdges.Count);
        logger.LogInformation("Stages: {Stages}", stages);
        embeddings?.Enqueue(Target(sequence));
        status.Finished(report, committed: true);
        return report;
    }

    /// <summary>What the searcher of this run's commit needs: the vocabulary and taxonomy it was built with, and versions.</summary>
    private static SearchModel ModelOf(CorpusSnapshot snapshot, ITopicTagger tagger, long sequence) =>
        new(sequence, snapshot.Vocabulary, snapshot.VocabularyFingerprint, snapshot.Topics, SearchModel.DefaultFieldWeights,
            new Dictionary<string, string> { ["index-format"] = IndexFormat, ["topic-model"] = tagger.Fingerprint });

    /// <summary>Writes a chunk to Lucene and to the graph at once: they are independent stores.</summary>
    private async Task<GraphBatchResult> WriteAsync(List<Prepared> chunk, LuceneIndexWriter lucene, StageTimes stages, CancellationToken ct)
    {
        var toLucene = Task.Run(() =>
        {
            var started = Stopwatch.GetTimestamp();
            foreach (var item in chunk) item.Write(lucene);
            stages.Add("lucene", Stopwatch.GetElapsedTime(started));
        }, ct);
        // Intermediate chunks mark the graph in progress: the graph claims the new sequence only when complete.
        var toGraph = Task.Run(async () =>
        {
            var started = Stopwatch.GetTimestamp();
            var result = await graph.ApplyAsync(new GraphBatch(GraphBatch.InProgress, [], chunk.Select(e => e.Fragment).ToList()), ct);
            stages.Add("graph", Stopwatch.GetElapsedTime(started));
            return result;
        }, ct);
        await Task.WhenAll(toLucene, toGraph);
        return await toGraph;
    }

    /// <summary>The cases with curated topics, as the tagger reads them: what it is trained and cross-validated on.</summary>
    public static IReadOnlyList<LabelledDocument> TrainingExamples(CorpusSnapshot snapshot)
    {
        var extractor = new ConceptExtractor(snapshot.Vocabulary);
        return snapshot.Cases.Where(c => c.Item.Topics.Count > 0)
            .Select(c => new LabelledDocument(TopicInput.For(c.Item, snapshot.Vocabulary, extractor), c.Item.Topics)).ToList();
    }

    /// <summary>The model of this fingerprint, in memory or saved; null when neither holds it (it must be trained from every example).</summary>
    private MlNetTopicTagger? KnownTagger(string fingerprint)
    {
        if (_tagger?.Fingerprint == fingerprint) return _tagger;
        return MlNetTopicTagger.Saved(paths.TopicModel, fingerprint) is { } saved ? _tagger = saved : null;
    }

    private MlNetTopicTagger TrainTagger(CorpusSnapshot snapshot)
    {
        var examples = TrainingExamples(snapshot);
        if (_tagger?.Fingerprint == TopicModelTrainer.Fingerprint(examples, snapshot.Topics)) return _tagger;
        MlNetTopicTagger tagger;
        try
        {
            tagger = _tagger = TopicModelTrainer.LoadOrTrain(paths.TopicModel, examples, snapshot.Topics);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or IOException)
        {
            // Indexing goes on without topic tags rather than failing; /health says why.
            logger.LogError(ex, "Topic model training failed; cases are indexed without predicted topics");
            return MlNetTopicTagger.Unavailable(TopicModelStatus.Unavailable("training failed: " + ex.Message, examples.Count));
        }
        logger.LogInformation("Topic model {State}: {Trained} topics from {Examples} labelled cases; skipped {Skipped}",
            tagger.Status.State, tagger.Status.TrainedTopics.Count, tagger.Status.TrainingExamples, tagger.Status.SkippedTopics.Count);
        return tagger;
    }

    /// <summary>Every item the corpus holds now, keyed by id, with the hash that decides whether it must be rewritten.</summary>
    private static Dictionary<string, Item> DesiredItems(CorpusSnapshot snapshot, ITopicTagger tagger)
    {
        var items = new Dictionary<string, Item>();
        var vocabularyHash = snapshot.VocabularyFingerprint;
        items[GraphFragments.VocabularyOwner] = new Item(GraphFragments.VocabularyOwner, "vocabulary", "vocabulary/", vocabularyHash,
            _ => new Prepared(_ => { }, GraphFragments.ForVocabulary(snapshot.Vocabulary, snapshot.Topics)));

        foreach (var (record, source) in snapshot.Cases)
        {
            var hash = HashOf(record, vocabularyHash, tagger.Fingerprint);
            items[record.Id] = new Item(record.Id, DocumentKind.Case.ToSlug(), source, hash,
                enricher => Prepare(enricher.Enrich(record), snapshot));
        }
        foreach (var (passage, source) in snapshot.Passages)
        {
            var hash = HashOf(passage, vocabularyHash);
            items[passage.Id] = new Item(passage.Id, DocumentKind.Guideline.ToSlug(), source, hash,
                enricher => Prepare(enricher.Enrich(passage)));
        }
        return items;
    }

    // Curated topics do not depend on the model; predicted ones must be redone when it changes.
    private static string HashOf(CaseRecord record, string vocabularyHash, string topicModel) =>
        ContentHash.Of(IndexFormat, JsonSerializer.Serialize(record), vocabularyHash, record.Topics.Count > 0 ? "curated" : topicModel);

    private static string HashOf(GuidelinePassage passage, string vocabularyHash) =>
        ContentHash.Of(IndexFormat, JsonSerializer.Serialize(passage), vocabularyHash);

    /// <summary>Adds the items of the unchanged files unread, with the hashes the ledger holds; false when the ledger lacks one.</summary>
    private static bool AddUnchanged(Dictionary<string, string> desired, IEnumerable<KnownFile> unchanged, IReadOnlyDictionary<string, LedgerEntry> recorded)
    {
        foreach (var id in unchanged.SelectMany(f => f.Items))
        {
            if (!recorded.TryGetValue(id, out var entry)) return false;
            desired[id] = entry.Hash;
        }
        return true;
    }

    /// <summary>
    /// The files this run read whole and may vouch for (stamps settled, see <see cref="FileStamp.IsSettled"/>), and the known
    /// files it no longer vouches for: changed, gone, or not clean now.
    /// </summary>
    private KnownFilesUpdate FilesUpdate(KnownFiles known, ScreenedCorpus screened, DateTime readStarted, ITopicTagger tagger)
    {
        var snapshot = screened.Snapshot;
        var cases = snapshot.Cases.ToLookup(c => c.Path);
        var passages = snapshot.Passages.ToLookup(p => p.Path);
        var vouched = new Dictionary<string, KnownFile>(StringComparer.Ordinal);
        foreach (var path in screened.CleanFiles.Order(StringComparer.Ordinal))
        {
            var stamp = snapshot.Stamps[path];
            if (!stamp.IsSettled(readStarted)) continue;
            var fileCases = cases[path].Select(c => c.Item).ToList();
            IReadOnlyList<string> ids = [.. fileCases.Select(c => c.Id), .. passages[path].Select(p => p.Item.Id)];
            vouched[path] = new KnownFile(stamp, ids, [.. fileCases.SelectMany(c => c.Recommendations.Select(r => r.Id))], fileCases.Any(c => c.Topics.Count > 0));
        }
        var forgotten = known.Files.Keys.Where(path => !snapshot.Unchanged.ContainsKey(path) && !vouched.ContainsKey(path)).ToList();
        return new KnownFilesUpdate(_filesContext, snapshot.VocabularyFingerprint, tagger.Fingerprint, vouched, forgotten);
    }

    /// <summary>
    /// The records a partial run's commit holds, for the embedding stage: the corpus read again (only when vectors are
    /// needed), keeping each record only while its content is what this run indexed (screened) under that id.
    /// </summary>
    private CorpusSnapshot ReadIndexed(string corpusDirectory, IReadOnlyDictionary<string, string> indexedFrom, IReadOnlyDictionary<string, string> desired,
        ITopicTagger tagger)
    {
        var all = CorpusReader.Read(corpusDirectory, indexedFrom, limits);
        var vocabularyHash = all.VocabularyFingerprint;
        return all with
        {
            Cases = [.. all.Cases.Where(c => desired.GetValueOrDefault(c.Item.Id) == HashOf(c.Item, vocabularyHash, tagger.Fingerprint))],
            Passages = [.. all.Passages.Where(p => desired.GetValueOrDefault(p.Item.Id) == HashOf(p.Item, vocabularyHash))],
        };
    }

    private static Prepared Prepare(EnrichedCase item, CorpusSnapshot snapshot) =>
        new(lucene => lucene.ReplaceCase(item), GraphFragments.ForCase(item, snapshot.Vocabulary));

    private static Prepared Prepare(EnrichedPassage item) =>
        new(lucene => lucene.ReplacePassage(item), GraphFragments.ForPassage(item));
}
