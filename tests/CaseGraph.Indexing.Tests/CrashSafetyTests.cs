using CaseGraph.Core.Graph;
using CaseGraph.Core.Model;
using CaseGraph.Core.Search;
using CaseGraph.Indexing.Ledger;
using CaseGraph.Indexing.Pipeline;

namespace CaseGraph.Indexing.Tests;

/// <summary>A graph store whose writes fail like a full disk while <see cref="Fail"/> is set.</summary>
internal sealed class FailingGraphStore(IGraphStore inner) : IGraphStore
{
    public bool Fail { get; set; }

    public Task<GraphBatchResult> ApplyAsync(GraphBatch batch, CancellationToken ct) =>
        Fail ? throw new IOException("No space left on device") : inner.ApplyAsync(batch, ct);

    public Task InitializeAsync(CancellationToken ct) => inner.InitializeAsync(ct);
    public Task<long> GetSequenceAsync(CancellationToken ct) => inner.GetSequenceAsync(ct);
    public Task<IReadOnlyList<string>> GetNarrowerConceptsAsync(IReadOnlyCollection<string> conceptIds, CancellationToken ct) => inner.GetNarrowerConceptsAsync(conceptIds, ct);
    public Task<IReadOnlyList<GraphNeighbour>> GetNeighboursAsync(string nodeId, CancellationToken ct) => inner.GetNeighboursAsync(nodeId, ct);
    public Task<IReadOnlyList<ConceptOverlap>> FindCasesSharingConceptsAsync(string caseId, int limit, CancellationToken ct) => inner.FindCasesSharingConceptsAsync(caseId, limit, ct);
    public Task<IReadOnlyList<ConceptOverlap>> FindCasesWithConceptsAsync(IReadOnlyCollection<string> conceptIds, int limit, CancellationToken ct) => inner.FindCasesWithConceptsAsync(conceptIds, limit, ct);
    public Task<ConceptCasesByMonth> GetConceptCasesByMonthAsync(IReadOnlyCollection<string> conceptIds, CancellationToken ct) => inner.GetConceptCasesByMonthAsync(conceptIds, ct);
    public Task<IReadOnlyList<string>> GetOwnersAsync(CancellationToken ct) => inner.GetOwnersAsync(ct);
    public Task<GraphStats> GetStatsAsync(CancellationToken ct) => inner.GetStatsAsync(ct);
}

public class CrashSafetyTests
{
    private static IReadOnlyList<string> CaseIdsFound(IndexedCorpus c, string text)
    {
        using var index = c.OpenIndex();
        return [.. index.Search(new IndexQuery { Text = text, Kind = DocumentKind.Case, Limit = 50 }, CancellationToken.None).Hits.Select(h => h.Id)];
    }

    /// <summary>Ledger items (vocabulary aside) against what Lucene and the graph hold: each exactly the same set.</summary>
    private static async Task AssertViewsMatchLedger(IndexedCorpus c)
    {
        var ledger = (await new IngestionLedger(c.Paths.Ledger).GetAllAsync(CancellationToken.None)).Keys
            .Where(k => k != GraphFragments.VocabularyOwner).Order().ToList();
        using var writer = new CaseGraph.Lucene.LuceneIndexWriter(c.Paths.Lucene, CaseGraph.Lucene.DrugWords.None);
        Assert.Equal(ledger, writer.Owners().Order());
        Assert.Equal(ledger, (await c.Graph.GetOwnersAsync(CancellationToken.None)).Order());
    }

    [Fact]
    public async Task An_io_error_fails_the_run_cleanly_keeps_the_last_good_state_searchable_and_the_next_run_recovers()
    {
        FailingGraphStore? failing = null;
        using var c = new IndexedCorpus(graph => failing = new FailingGraphStore(graph));
        await c.RunAsync();
        var ledgerSequence = await new IngestionLedger(c.Paths.Ledger).GetSequenceAsync(CancellationToken.None);
        c.Corpus.WriteCase("case-t01", "Woman with fibromyalgia on tramadol wants to stop it.", "How to stop tramadol?", "oxycodone", "Stop slowly.", "tapering");
        c.Corpus.WriteCase("case-n01", "New case about kratom withdrawal.", "What helps kratom withdrawal?", "buprenorphine", "Consider buprenorphine.", "oud-treatment");
        failing!.Fail = true;

        var error = await Assert.ThrowsAsync<IOException>(c.RunAsync);

        Assert.Contains("No space left", error.Message);
        Assert.Equal(IndexingState.Failed, c.Status.Current.State);
        Assert.Contains("No space left", c.Status.Current.LastError);
        Assert.Contains("case-t01", CaseIdsFound(c, "Xanax")); // the old text is still what is searched
        Assert.Empty(CaseIdsFound(c, "kratom"));
        Assert.Equal(ledgerSequence, await new IngestionLedger(c.Paths.Ledger).GetSequenceAsync(CancellationToken.None));

        failing.Fail = false;
        var report = await c.RunAsync();

        Assert.Equal(IndexingState.Idle, c.Status.Current.State);
        Assert.Equal(ledgerSequence + 1, report.Sequence);
        Assert.Equal(["case-n01"], CaseIdsFound(c, "kratom"));
        Assert.Equal(["case-t01"], CaseIdsFound(c, "fibromyalgia"));
        await AssertViewsMatchLedger(c);
    }

    [Fact]
    public async Task What_a_crashed_run_left_in_the_graph_is_removed_when_the_corpus_no_longer_has_it()
    {
        using var c = new IndexedCorpus();
        await c.RunAsync();
        // A run wrote a chunk for a case that was then deleted before the worker came back.
        await c.Graph.ApplyAsync(new GraphBatch(GraphBatch.InProgress, [],
            [new GraphFragment("case-ghost", [new GraphNode("case-ghost", NodeLabels.Case, "ghost", "2022-05")], [])]), CancellationToken.None);

        var report = await c.RunAsync();

        Assert.True(report.Removed >= 1);
        Assert.Equal(await new IngestionLedger(c.Paths.Ledger).GetSequenceAsync(CancellationToken.None), await c.Graph.GetSequenceAsync(CancellationToken.None));
        await AssertViewsMatchLedger(c);
    }

    [Fact]
    public async Task Re_ingesting_the_same_content_is_a_no_op_and_ids_stay_unique()
    {
        using var c = new IndexedCorpus();
        await c.RunAsync();
        var again = await c.RunAsync();

        Assert.Equal((0, 0, 0), (again.Added, again.Changed, again.Removed));
        await AssertViewsMatchLedger(c);
        using var index = c.OpenIndex();
        var cases = index.Search(new IndexQuery { Kind = DocumentKind.Case, Limit = 100 }, CancellationToken.None).Hits.Select(h => h.Id).ToList();
        Assert.Equal(cases.Count, cases.Distinct().Count());
    }
}
