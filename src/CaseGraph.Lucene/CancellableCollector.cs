using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CaseGraph.Lucene;

/// <summary>Stops a search when its token is cancelled (the request's timeout or the caller leaving), checking
/// at each segment and every 4,096 hits so the check costs nothing measurable.</summary>
internal sealed class CancellableCollector(ICollector inner, CancellationToken ct) : ICollector
{
    private int _count;

    public bool AcceptsDocsOutOfOrder => inner.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => inner.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        ct.ThrowIfCancellationRequested();
        inner.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        if ((++_count & 4095) == 0) ct.ThrowIfCancellationRequested();
        inner.Collect(doc);
    }

    public static ICollector Wrap(ICollector inner, CancellationToken ct) => ct.CanBeCanceled ? new CancellableCollector(inner, ct) : inner;
}
