using CaseGraph.Core.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace CaseGraph.Lucene;

/// <summary>
/// Searches an index's segments in parallel: each segment is scored with the same normalized weight (so scores are
/// the index-wide BM25 scores) into its own top-k and facet counts, which are then merged. A disjunction of terms
/// ranked by score (the usual free-text query) takes <see cref="MaxScoreSearch"/>: its matches are counted (and
/// their facets) without scoring, and only documents that can reach the top k are scored.
/// </summary>
internal static class SegmentSearch
{
    private static int _inFlight;

    /// <summary>The top <paramref name="topN"/> alone: where the search is pruned, its matches are not counted (TotalHits is then
    /// the number of hits returned).</summary>
    public static TopDocs TopOnly(IndexSearcher searcher, Query query, int topN, CancellationToken ct) =>
        Run(searcher, query, topN, countFacets: false, ct, countMatches: false).Top;

    public static (TopDocs Top, IReadOnlyDictionary<string, IReadOnlyList<FacetCount>>? Facets) Run(
        IndexSearcher searcher, Query query, int topN, bool countFacets, CancellationToken ct, Sort? sort = null, bool countMatches = true)
    {
        // Segments in parallel shorten one search on an idle machine; under load every core is already busy with other
        // searches, and splitting each one only adds scheduling, so a search that starts while others run goes alone.
        var alone = Interlocked.Increment(ref _inFlight) == 1;
        try
        {
            var parallel = new ParallelOptions { CancellationToken = ct, MaxDegreeOfParallelism = alone ? -1 : 1 };
            return Run(searcher, query, topN, countFacets || countMatches, countFacets, parallel, sort);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private static (TopDocs Top, IReadOnlyDictionary<string, IReadOnlyList<FacetCount>>? Facets) Run(
        IndexSearcher searcher, Query query, int topN, bool countMatches, bool countFacets, ParallelOptions parallel, Sort? sort)
    {
        var ct = parallel.CancellationToken;
        var rewritten = searcher.Rewrite(query);
        if (sort is null && searcher.Similarity is BM25Similarity && TermDisjunction.TryRead(rewritten) is { } disjunction
            && TryPruned(searcher, disjunction, topN, countMatches, countFacets, parallel) is { } pruned)
            return pruned;
        var weight = searcher.CreateNormalizedWeight(rewritten);
        var leaves = searcher.IndexReader.Leaves;
        var tops = new TopDocs[leaves.Count];
        var facets = new FacetCollector[countFacets ? leaves.Count : 0];
        Parallel.For(0, leaves.Count, parallel, i =>
        {
            // Out of order lets Lucene score a disjunction in bulk; the merge below orders ties by document.
            ITopDocsCollector top = sort is null ? TopScoreDocCollector.Create(topN, docsScoredInOrder: false)
                : TopFieldCollector.Create(sort, topN, fillFields: true, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false);
            ICollector collector = top;
            if (countFacets) collector = MultiCollector.Wrap(top, facets[i] = new FacetCollector(ct));
            Score(leaves[i], weight, CancellableCollector.Wrap(collector, ct));
            if (countFacets) facets[i].Finish(); // counts the segment's matches on this thread
            tops[i] = top.GetTopDocs();
        });
        return (TopDocs.Merge(sort, topN, tops), countFacets ? FacetCollector.Result(facets) : null);
    }

    /// <summary>The top k by <see cref="MaxScoreSearch"/>, or null when a segment's filter offers no random access.</summary>
    private static (TopDocs, IReadOnlyDictionary<string, IReadOnlyList<FacetCount>>?)? TryPruned(
        IndexSearcher searcher, TermDisjunction query, int topN, bool countMatches, bool countFacets, ParallelOptions parallel)
    {
        var ct = parallel.CancellationToken;
        var leaves = searcher.IndexReader.Leaves;
        var admitted = new FixedBitSet?[leaves.Count];
        for (var i = 0; i < leaves.Count; i++)
            if (!MaxScoreSearch.TryFilterBits(leaves[i], query.Filter, out admitted[i])) return null;
        var weights = MaxScoreSearch.Weights(searcher, query);
        var tops = new TopDocs[leaves.Count];
        var facets = new FacetCollector[countFacets ? leaves.Count : 0];
        Parallel.For(0, leaves.Count, parallel, i =>
        {
            var matches = countMatches ? MaxScoreSearch.Matches(leaves[i], query, admitted[i]) : null;
            if (countFacets) (facets[i] = new FacetCollector(ct)).CountMatches(leaves[i], matches!);
            var hits = MaxScoreSearch.Top(leaves[i], query, weights, searcher.Similarity, admitted[i], topN, ct);
            tops[i] = new TopDocs(matches?.Cardinality ?? hits.Length, hits, hits.Length == 0 ? float.NaN : hits[0].Score);
        });
        return (TopDocs.Merge(null, topN, tops), countFacets ? FacetCollector.Result(facets) : null);
    }

    private static void Score(AtomicReaderContext leaf, Weight weight, ICollector collector)
    {
        collector.SetNextReader(leaf);
        weight.GetBulkScorer(leaf, !collector.AcceptsDocsOutOfOrder, leaf.AtomicReader.LiveDocs)?.Score(collector);
    }
}
