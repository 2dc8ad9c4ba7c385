using CaseGraph.Core.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CaseGraph.Lucene;

/// <summary>
/// Searches an index's segments in parallel: each segment is scored with the same normalized weight (so scores are
/// the index-wide BM25 scores) into its own top-k and facet counts, which are then merged.
/// </summary>
internal static class SegmentSearch
{
    public static (TopDocs Top, IReadOnlyDictionary<string, IReadOnlyList<FacetCount>>? Facets) Run(
        IndexSearcher searcher, Query query, int topN, bool countFacets, CancellationToken ct, Sort? sort = null)
    {
        var weight = searcher.CreateNormalizedWeight(query);
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

    private static void Score(AtomicReaderContext leaf, Weight weight, ICollector collector)
    {
        collector.SetNextReader(leaf);
        weight.GetBulkScorer(leaf, !collector.AcceptsDocsOutOfOrder, leaf.AtomicReader.LiveDocs)?.Score(collector);
    }
}
