using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace CaseGraph.Lucene;

/// <summary>
/// Collects the ids of matching documents from the field cache of the (indexed, single-valued) id field: no stored
/// document is read, so a filter admitting most of a large index is still cheap once each segment's cache is built.
/// </summary>
internal sealed class IdCollector(HashSet<string> into, CancellationToken ct) : ICollector
{
    private BinaryDocValues? _ids;
    private readonly BytesRef _scratch = new();
    private int _count;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) { }

    public void SetNextReader(AtomicReaderContext context)
    {
        ct.ThrowIfCancellationRequested();
        _ids = FieldCache.DEFAULT.GetTerms(context.AtomicReader, LuceneFields.Id, setDocsWithField: false);
    }

    public void Collect(int doc)
    {
        if ((++_count & 4095) == 0) ct.ThrowIfCancellationRequested();
        _ids!.Get(doc, _scratch);
        into.Add(_scratch.Utf8ToString());
    }
}
