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
    public static (TopDocs Top, IReadOnlyDictionary<string, IReadOnlyList<FacetCount>>? Facets) Run(
        IndexSearcher searcher, Query query, int topN, bool countFacets, CancellationToken ct, Sort? sort = null)
    {
        var rewritten = searcher.Rewrite(query);
        if (sort is null && searcher.Similarity is BM25Similarity && TermDisjunction.TryRead(rewritten) is { } disjunction
            && TryPruned(searcher, disjunction, topN, countFacets, ct) is { } pruned)
            return pruned;
        var weight = searcher.CreateNormalizedWeight(rewritten);
        var leaves = searcher.IndexReader.Leaves;
        var tops = new TopDocs[leaves.Count];
        var facets = new FacetCollector[countFacets ? leaves.Count : 0];
        Parallel.For(0, leaves.Count, new ParallelOptions { CancellationToken = ct }, i =>
        {
            // Out of order lets Lucene score a disjunction in bulk; the merge below orders ties by document.
            ITopDocsCollector top = sort is null ? TopScoreDocCollector.Create(topN, docsScoredInOrder: false)
                : TopFieldCollector.Create(sort, topN, fillFields: true, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false);
            ICollector collector = top;
            if (countFacets) collector = MultiCollector.Wrap(top, facets[i] = new FacetCollector());
            Score(leaves[i], weight, CancellableCollector.Wrap(collector, ct));
            tops[i] = top.GetTopDocs();
        });
        return (TopDocs.Merge(sort, topN, tops), countFacets ? FacetCollector.Result(facets) : null);
    }

    /// <summary>The top k by <see cref="MaxScoreSearch"/>, or null when a segment's filter offers no random access.</summary>
    private static (TopDocs, IReadOnlyDictionary<string, IReadOnlyList<FacetCount>>?)? TryPruned(
        IndexSearcher searcher, TermDisjunction query, int topN, bool countFacets, CancellationToken ct)
    {
        var leaves = searcher.IndexReader.Leaves;
        var admitted = new FixedBitSet?[leaves.Count];
        for (var i = 0; i < leaves.Count; i++)
            if (!MaxScoreSearch.TryFilterBits(leaves[i], query.Filter, out admitted[i])) return null;
        var weights = MaxScoreSearch.Weights(searcher, query);
        var tops = new TopDocs[leaves.Count];
        var facets = new FacetCollector[countFacets ? leaves.Count : 0];
        Parallel.For(0, leaves.Count, new ParallelOptions { CancellationToken = ct }, i =>
        {
            var matches = MaxScoreSearch.Matches(leaves[i], query, admitted[i]);
            if (countFacets) (facets[i] = new FacetCollector()).CountMatches(leaves[i], matches, ct);
            var hits = MaxScoreSearch.Top(leaves[i], query, weights, searcher.Similarity, admitted[i], topN, ct);
            tops[i] = new TopDocs(matches.Cardinality, hits, hits.Length == 0 ? float.NaN : hits[0].Score);
        });
        return (TopDocs.Merge(null, topN, tops), countFacets ? FacetCollector.Result(facets) : null);
    }

    private static void Score(AtomicReaderContext leaf, Weight weight, ICollector collector)
    {
        collector.SetNextReader(leaf);
        weight.GetBulkScorer(leaf, !collector.AcceptsDocsOutOfOrder, leaf.AtomicReader.LiveDocs)?.Score(collector);
    }
}
