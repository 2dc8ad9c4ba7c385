using CaseGraph.Core.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace CaseGraph.Lucene;

/// <summary>Counts facet values over every matching document from each segment's cached facet postings (no stored
/// fields are read): a segment's matches are gathered as a bit set and counted once the segment is done.</summary>
internal sealed class FacetCollector(CancellationToken ct) : ICollector
{
    private readonly Dictionary<string, Dictionary<string, int>> _counts = Facets.All.ToDictionary(f => f, _ => new Dictionary<string, int>());
    private SegmentFacetOrdinals? _segment;
    private FixedBitSet? _matches;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) { }

    public void SetNextReader(AtomicReaderContext context)
    {
        Finish();
        _segment = SegmentFacetOrdinals.For(context.AtomicReader);
        _matches = new FixedBitSet(context.AtomicReader.MaxDoc);
    }

    public void Collect(int doc) => _matches!.Set(doc);

    /// <summary>Counts a segment's matches given as a bit set.</summary>
    public void CountMatches(AtomicReaderContext context, FixedBitSet matches)
    {
        Finish();
        _segment = SegmentFacetOrdinals.For(context.AtomicReader);
        _matches = matches;
        Finish();
    }

    /// <summary>The most frequent values of each facet over what several collectors (one per segment) counted.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Result(IEnumerable<FacetCollector> collectors)
    {
        var counts = Facets.All.ToDictionary(f => f, _ => new Dictionary<string, int>());
        foreach (var collector in collectors)
        {
            collector.Finish();
            foreach (var (facet, values) in collector._counts)
            foreach (var (value, count) in values)
                counts[facet][value] = counts[facet].GetValueOrDefault(value) + count;
        }
        return counts.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<FacetCount>)kv.Value
            .OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Take(Facets.ValuesPerFacet).Select(c => new FacetCount(c.Key, c.Value)).ToList());
    }

    /// <summary>Adds the finished segment's counts to the value counts.</summary>
    public void Finish()
    {
        if (_segment is null || _matches is null) return;
        var segmentCounts = _segment.Count(_matches, ct);
        for (var ord = 0; ord < segmentCounts.Length; ord++)
        {
            if (segmentCounts[ord] == 0) continue;
            var (facet, value) = _segment.Labels[ord];
            _counts[facet][value] = _counts[facet].GetValueOrDefault(value) + segmentCounts[ord];
        }
        (_segment, _matches) = (null, null);
    }
}
