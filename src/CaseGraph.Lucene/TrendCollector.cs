using CaseGraph.Core.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace CaseGraph.Lucene;

/// <summary>Counts matching cases per month and per (month, topic) from doc values.</summary>
internal sealed class TrendCollector : ICollector
{
    private readonly Dictionary<string, (int Cases, Dictionary<string, int> Counts)> _months = new();
    private SortedSetDocValues? _month;
    private SortedSetDocValues? _topic;
    private readonly BytesRef _term = new();

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) { }

    public void SetNextReader(AtomicReaderContext context)
    {
        _month = context.AtomicReader.GetSortedSetDocValues(LuceneFields.FacetField(Facets.Month));
        _topic = context.AtomicReader.GetSortedSetDocValues(LuceneFields.FacetField(Facets.Topic));
    }

    public void Collect(int doc)
    {
        if (_month is null) return;
        _month.SetDocument(doc);
        var ord = _month.NextOrd();
        if (ord == SortedSetDocValues.NO_MORE_ORDS) return;
        _month.LookupOrd(ord, _term);
        var month = _term.Utf8ToString();
        var (cases, topics) = _months.TryGetValue(month, out var m) ? m : (0, new Dictionary<string, int>());
        if (_topic is not null)
        {
            _topic.SetDocument(doc);
            for (var t = _topic.NextOrd(); t != SortedSetDocValues.NO_MORE_ORDS; t = _topic.NextOrd())
            {
                _topic.LookupOrd(t, _term);
                var topic = _term.Utf8ToString();
                topics[topic] = topics.GetValueOrDefault(topic) + 1;
            }
        }
        _months[month] = (cases + 1, topics);
    }

    public IReadOnlyList<MonthCounts> Result() =>
        _months.OrderBy(m => m.Key, StringComparer.Ordinal).Select(m => new MonthCounts(m.Key, m.Value.Cases, m.Value.Counts)).ToList();
}
