using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace CaseGraph.Lucene;

/// <summary>
/// Caches a filter per segment as a bit set. A bit set offers random access, so a filtered query is scored as the
/// unfiltered one with the filter as its accepted documents, instead of stepping a conjunction document by document.
/// </summary>
internal sealed class BitSetCachingFilter(Filter filter) : CachingWrapperFilter(filter)
{
    protected override DocIdSet DocIdSetToCache(DocIdSet docIdSet, AtomicReader reader)
    {
        var bits = new FixedBitSet(reader.MaxDoc);
        if (docIdSet?.GetIterator() is { } matches) bits.Or(matches);
        return bits;
    }
}
