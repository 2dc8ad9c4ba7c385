using CaseGraph.Core.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace CaseGraph.Lucene;

/// <summary>Counts facet values over every matching document from doc values (no stored fields are read).</summary>
internal sealed class FacetCollector : ICollector
{
    private readonly Dictionary<string, Dictionary<string, int>> _counts = Facets.All.ToDictionary(f => f, _ => new Dictionary<string, int>());
    private readonly List<(string Facet, SortedSetDocValues Values, int[] Ords)> _segment = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) { }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        foreach (var facet in Facets.All)
        {
            if (context.AtomicReader.GetSortedSetDocValues(LuceneFields.FacetField(facet)) is { } values)
                _segment.Add((facet, values, new int[values.ValueCount]));
        }
    }

    public void Collect(int doc)
    {
        foreach (var (_, values, ords) in _segment)
        {
            values.SetDocument(doc);
            for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd()) ords[ord]++;
        }
    }

    public IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Result()
    {
        Flush();
        return _counts.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<FacetCount>)kv.Value
            .OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Take(Facets.ValuesPerFacet).Select(c => new FacetCount(c.Key, c.Value)).ToList());
    }

    /// <summary>Turns the finished segment's ordinal counts into value counts.</summary>
    private void Flush()
    {
        var term = new BytesRef();
        foreach (var (facet, values, ords) in _segment)
        {
            for (var ord = 0; ord < ords.Length; ord++)
            {
                if (ords[ord] == 0) continue;
                values.LookupOrd(ord, term);
                var key = term.Utf8ToString();
                _counts[facet][key] = _counts[facet].GetValueOrDefault(key) + ords[ord];
            }
        }
        _segment.Clear();
    }
}
