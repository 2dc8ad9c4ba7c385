using CaseGraph.Core.Corpus;
using CaseGraph.Core.Model;
using CaseGraph.Core.Search;
using CaseGraph.Graph.Sqlite;
using CaseGraph.Indexing.Corpus;
using CaseGraph.Indexing.Ledger;
using CaseGraph.Indexing.Pipeline;
using CaseGraph.Indexing.Semantic;
using CaseGraph.Lucene;
using Microsoft.Extensions.Logging.Abstractions;

namespace CaseGraph.Indexing.Tests;

/// <summary>
/// Files the ledger vouches for are not read again while their stamps hold; every change to the corpus still gives what
/// reading it whole gives. Files written in the last two seconds are never vouched for, so the tests date them back.
/// </summary>
public class KnownFilesTests
{
    private static readonly DateTime LongAgo = DateTime.UtcNow.AddHours(-1);

    /// <summary>Dates every corpus file back, as if written an hour ago: the next run may vouch for them.</summary>
    private static void Settle(IndexedCorpus c, DateTime? at = null)
    {
        foreach (var file in Directory.EnumerateFiles(c.Corpus.CorpusDir, "*", SearchOption.AllDirectories))
            File.SetLastWriteTimeUtc(file, at ?? LongAgo);
    }

    /// <summary>A case with no curated topic: changing it leaves the topic model's training examples as they were.</summary>
    private static void WriteUncuratedCase(IndexedCorpus c, string id, string summary) =>
        c.Corpus.WriteCase(id, summary, "Is this dose safe?", "oxycodone", "Review the dose.", null);

    /// <summary>Rewrites a file with content of the same length and puts its stamp back: only reading it would notice.</summary>
    private static void EditBehindTheStamp(string file, string from, string to)
    {
        var (text, written) = (File.ReadAllText(file), File.GetLastWriteTimeUtc(file));
        Assert.Equal(from.Length, to.Length);
        File.WriteAllText(file, text.Replace(from, to));
        File.SetLastWriteTimeUtc(file, written);
    }

    private static async Task<IReadOnlyDictionary<string, string>> Hashes(string ledger) =>
        (await new IngestionLedger(ledger).GetAllAsync(CancellationToken.None)).ToDictionary(e => e.Key, e => e.Value.Hash);

    private static Task<KnownFiles> Known(IndexedCorpus c) => new IngestionLedger(c.Paths.Ledger).GetKnownFilesAsync(CancellationToken.None);

    /// <summary>The ledger's items after indexing the same corpus whole, into empty indexes.</summary>
    private static async Task<IReadOnlyDictionary<string, string>> WholeReadHashes(IndexedCorpus c)
    {
        var paths = new IndexPaths(Path.Combine(c.Corpus.Root, "reference-indexes"));
        await new IndexingPipeline(paths, new SqliteGraphStore(paths.Graph), new IndexingStatus(), NullLogger<IndexingPipeline>.Instance)
            .RunAsync(c.Corpus.CorpusDir, CancellationToken.None);
        return await Hashes(paths.Ledger);
    }

    [Fact]
    public void A_stamp_vouches_only_for_a_file_last_written_over_two_seconds_before_the_read()
    {
        var read = new DateTime(2026, 12, 7, 3, 0, 0, DateTimeKind.Utc);
        Assert.True(new FileStamp(10, read.AddSeconds(-3).Ticks).IsSettled(read));
        Assert.False(new FileStamp(10, read.AddSeconds(-1).Ticks).IsSettled(read));
        Assert.False(new FileStamp(10, read.AddMinutes(5).Ticks).IsSettled(read));
    }

    [Fact]
    public async Task An_unchanged_file_is_not_read_again_and_is_read_once_its_stamp_changes()
    {
        using var c = new IndexedCorpus();
        Settle(c);
        await c.RunAsync();
        Assert.Equal(9, (await Known(c)).Files.Count); // 8 case files and the guideline file
        var file = c.Corpus.CasePath("case-t01");
        EditBehindTheStamp(file, "chronic low back pain", "CHRONIC LOW BACK PAIN");

        var unread = await c.RunAsync();

        Assert.Equal((0, 0, 0, 12), (unread.Added, unread.Changed, unread.Removed, unread.Unchanged));
        File.SetLastWriteTimeUtc(file, LongAgo.AddMinutes(1));
        var read = await c.RunAsync();
        Assert.Equal((0, 1, 0), (read.Added, read.Changed, read.Removed));
        Assert.Equal(await WholeReadHashes(c), await Hashes(c.Paths.Ledger));
    }

    [Fact]
    public async Task Edits_additions_removals_and_renames_give_what_a_whole_read_gives()
    {
        using var c = new IndexedCorpus();
        WriteUncuratedCase(c, "case-u01", "Man on oxycodone after a knee replacement.");
        WriteUncuratedCase(c, "case-u02", "Woman on methadone for pain asks about sleep.");
        WriteUncuratedCase(c, "case-u03", "Older man on morphine with constipation.");
        Settle(c);
        Assert.Equal(15, (await c.RunAsync()).Added);
        // Planted behind a stamp: a run that read case-t02 would see it, so the next run must leave it unread.
        EditBehindTheStamp(c.Corpus.CasePath("case-t02"), "depression", "DEPRESSION");

        WriteUncuratedCase(c, "case-u01", "Man on oxycodone after a knee replacement; he now also takes gabapentin.");
        File.Delete(c.Corpus.CasePath("case-u02"));
        WriteUncuratedCase(c, "case-u04", "Woman on tramadol with headaches.");
        Directory.CreateDirectory(Path.Combine(c.Corpus.CasesDir, "moved"));
        File.Move(c.Corpus.CasePath("case-u03"), Path.Combine(c.Corpus.CasesDir, "moved", "case-u03.json"));
        var report = await c.RunAsync();

        Assert.Equal((1, 1, 1, 13), (report.Added, report.Changed, report.Removed, report.Unchanged));
        using (var index = c.OpenIndex())
        {
            Assert.Contains("gabapentin", index.GetCase("case-u01", CancellationToken.None)!.ConceptIds);
            Assert.Null(index.GetCase("case-u02", CancellationToken.None));
            Assert.NotNull(index.GetCase("case-u03", CancellationToken.None));
            Assert.NotNull(index.GetCase("case-u04", CancellationToken.None));
        }
        EditBehindTheStamp(c.Corpus.CasePath("case-t02"), "DEPRESSION", "depression");
        Assert.Equal(await WholeReadHashes(c), await Hashes(c.Paths.Ledger));
    }

    [Fact]
    public async Task A_file_touched_without_a_change_is_read_once_and_then_vouched_for_again()
    {
        using var c = new IndexedCorpus();
        Settle(c);
        await c.RunAsync();
        var path = Path.GetRelativePath(c.Corpus.CorpusDir, c.Corpus.CasePath("case-o01")).Replace('\\', '/');
        var touched = LongAgo.AddMinutes(2);
        File.SetLastWriteTimeUtc(c.Corpus.CasePath("case-o01"), touched);

        var report = await c.RunAsync();

        Assert.Equal((0, 0, 0, 12), (report.Added, report.Changed, report.Removed, report.Unchanged));
        Assert.Equal(touched.Ticks, (await Known(c)).Files[path].Stamp.LastWriteTicks);
    }

    [Fact]
    public async Task A_new_file_claiming_an_id_of_an_unchanged_file_loses_it_as_on_a_whole_read()
    {
        using var c = new IndexedCorpus();
        Settle(c);
        await c.RunAsync();
        WriteUncuratedCase(c, "case-zz", "Woman with OUD stable on Suboxone 24 mg.");
        File.WriteAllText(Path.Combine(c.Corpus.CasesDir, "aa-copy.json"), File.ReadAllText(c.Corpus.CasePath("case-zz")).Replace("case-zz", "case-o02"));
        File.Delete(c.Corpus.CasePath("case-zz"));

        var report = await c.RunAsync();

        Assert.Equal((0, 0, 0, 1), (report.Added, report.Changed, report.Removed, report.Skipped));
        Assert.Contains(c.Status.Current.CorpusErrors, e => e.Path == "cases/aa-copy.json" && e.Reason == IdClaims.TakenByAnotherFile);
        Assert.Equal("cases/case-o02.json", (await new IngestionLedger(c.Paths.Ledger).GetAllAsync(CancellationToken.None))["case-o02"].Source);
    }

    [Fact]
    public async Task A_file_with_a_record_held_back_or_a_problem_is_never_vouched_for_and_stays_held()
    {
        using var c = new IndexedCorpus();
        WriteUncuratedCase(c, "case-p01", QuarantineTests.Identified);
        File.WriteAllText(Path.Combine(c.Corpus.CasesDir, "broken.json"), "{ oops");
        Settle(c);
        Assert.Equal(1, (await c.RunAsync()).Quarantined);
        Settle(c);

        var again = await c.RunAsync();

        Assert.Equal((1, 1), (again.Quarantined, again.Skipped));
        Assert.Single(await QuarantineTests.Held(c));
        var known = (await Known(c)).Files.Keys;
        Assert.DoesNotContain("cases/case-p01.json", known);
        Assert.DoesNotContain("cases/broken.json", known);
        Assert.Contains("cases/case-t01.json", known);
    }

    [Fact]
    public async Task A_view_behind_the_ledger_is_rewritten_from_a_whole_read()
    {
        using var c = new IndexedCorpus();
        Settle(c);
        await c.RunAsync();
        Directory.Delete(c.Paths.Lucene, recursive: true);

        var report = await c.RunAsync();

        Assert.Equal(12, report.Changed);
        using var index = c.OpenIndex();
        Assert.Equal(8, index.Search(new IndexQuery { Kind = DocumentKind.Case, Limit = 100 }, CancellationToken.None).Total);
    }

    [Fact]
    public async Task Items_to_embed_after_a_run_that_read_nothing_are_those_a_whole_read_gives()
    {
        var queue = new CapturingQueue();
        using var c = new IndexedCorpus();
        WriteUncuratedCase(c, "case-p01", QuarantineTests.Identified); // held back: embedded nowhere
        Settle(c);
        var paths = c.Paths;
        var pipeline = new IndexingPipeline(paths, new SqliteGraphStore(paths.Graph), new IndexingStatus(), NullLogger<IndexingPipeline>.Instance,
            embeddings: queue);
        await pipeline.RunAsync(c.Corpus.CorpusDir, CancellationToken.None);
        await pipeline.RunAsync(c.Corpus.CorpusDir, CancellationToken.None);

        Assert.Equal(2, queue.Targets.Count);
        Assert.Equal(queue.Targets[0].Items, queue.Targets[1].Items);
        Assert.DoesNotContain(queue.Targets[1].Items, i => i.Id == "case-p01");
    }

    /// <summary>A run of a new pipeline over the same indexes, as after a restart: nothing of the last run held in memory.</summary>
    private static Task<IndexingReport> RunRestartedAsync(IndexedCorpus c) =>
        new IndexingPipeline(c.Paths, new SqliteGraphStore(c.Paths.Graph), new IndexingStatus(), NullLogger<IndexingPipeline>.Instance)
            .RunAsync(c.Corpus.CorpusDir, CancellationToken.None);

    [Fact]
    public async Task A_run_that_finds_nothing_changed_does_not_open_the_lucene_writer()
    {
        using var c = new IndexedCorpus();
        Settle(c);
        await c.RunAsync();

        using (new LuceneIndexWriter(c.Paths.Lucene, DrugWords.None)) // holds the index's write lock
        {
            var unchanged = await RunRestartedAsync(c);
            Assert.Equal((0, 0, 0, 12), (unchanged.Added, unchanged.Changed, unchanged.Removed, unchanged.Unchanged));
        }
        WriteUncuratedCase(c, "case-u01", "A new case about tapering oxycodone.");
        Settle(c);
        Assert.Equal(1, (await RunRestartedAsync(c)).Added);
    }

    [Fact]
    public async Task The_saved_topic_model_is_read_only_when_something_is_written_and_a_damaged_one_is_retrained()
    {
        using var c = new IndexedCorpus();
        Settle(c);
        await c.RunAsync();
        var model = Path.Combine(c.Paths.TopicModel, "topic-model.zip");
        File.WriteAllText(model, "not a model");

        var unchanged = await RunRestartedAsync(c); // would have to retrain from the whole corpus had it read the model
        Assert.Equal((0, 0, 0, 12, "loaded"), (unchanged.Added, unchanged.Changed, unchanged.Removed, unchanged.Unchanged, unchanged.TopicModel));
        Assert.Equal("not a model", File.ReadAllText(model));

        WriteUncuratedCase(c, "case-u01", "A new case about tapering oxycodone.");
        Settle(c);
        var written = await RunRestartedAsync(c);
        Assert.Equal((1, "trained"), (written.Added, written.TopicModel));
        Assert.NotEqual("not a model", File.ReadAllText(model));
        Assert.Equal(await WholeReadHashes(c), await Hashes(c.Paths.Ledger));
    }

    private sealed class CapturingQueue : IEmbeddingQueue
    {
        public List<EmbeddingTarget> Targets { get; } = [];
        public void Enqueue(EmbeddingTarget target) => Targets.Add(target);
        public Task WhenIdleAsync(CancellationToken ct) => Task.CompletedTask;
    }
}
