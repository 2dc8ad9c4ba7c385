using CaseGraph.Core.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace CaseGraph.Lucene;

/// <summary>Counts facet values over every matching document from each segment's cached ordinals (no stored fields are read).</summary>
internal sealed class FacetCollector : ICollector
{
    private readonly Dictionary<string, Dictionary<string, int>> _counts = Facets.All.ToDictionary(f => f, _ => new Dictionary<string, int>());
    private SegmentFacetOrdinals? _segment;
    private int[] _segmentCounts = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) { }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        _segment = SegmentFacetOrdinals.For(context.AtomicReader);
        _segmentCounts = new int[_segment.Labels.Length];
    }

    public void Collect(int doc)
    {
        var segment = _segment!;
        var ordinals = segment.Ordinals;
        for (int i = segment.Starts[doc], end = segment.Starts[doc + 1]; i < end; i++) _segmentCounts[ordinals[i]]++;
    }

    /// <summary>Counts a segment's matches given as a bit set: the loop of <see cref="Collect"/> without a call per document.</summary>
    public void CountMatches(AtomicReaderContext context, FixedBitSet matches, CancellationToken ct)
    {
        SetNextReader(context);
        var segment = _segment!;
        var (starts, ordinals, counts) = (segment.Starts, segment.Ordinals, _segmentCounts);
        var words = matches.GetBits();
        for (var w = 0; w < words.Length; w++)
        {
            if ((w & 1023) == 0) ct.ThrowIfCancellationRequested();
            for (var word = words[w]; word != 0; word &= word - 1)
            {
                var doc = (w << 6) + System.Numerics.BitOperations.TrailingZeroCount(word);
                for (int i = starts[doc], end = starts[doc + 1]; i < end; i++) counts[ordinals[i]]++;
            }
        }
    }

    /// <summary>The most frequent values of each facet over what several collectors (one per segment) counted.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Result(IEnumerable<FacetCollector> collectors)
    {
        var counts = Facets.All.ToDictionary(f => f, _ => new Dictionary<string, int>());
        foreach (var collector in collectors)
        {
            collector.Flush();
            foreach (var (facet, values) in collector._counts)
            foreach (var (value, count) in values)
                counts[facet][value] = counts[facet].GetValueOrDefault(value) + count;
        }
        return counts.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<FacetCount>)kv.Value
            .OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Take(Facets.ValuesPerFacet).Select(c => new FacetCount(c.Key, c.Value)).ToList());
    }

    /// <summary>Adds the finished segment's ordinal counts to the value counts.</summary>
    private void Flush()
    {
        if (_segment is null) return;
        for (var ord = 0; ord < _segmentCounts.Length; ord++)
        {
            if (_segmentCounts[ord] == 0) continue;
            var (facet, value) = _segment.Labels[ord];
            _counts[facet][value] = _counts[facet].GetValueOrDefault(value) + _segmentCounts[ord];
        }
        _segment = null;
    }
}
