using System.Numerics;
using System.Runtime.CompilerServices;
using CaseGraph.Core.Search;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace CaseGraph.Lucene;

/// <summary>
/// Every facet value of one segment with the documents that hold it, read once from doc values. Segments never change,
/// so this is cached per segment core. A value held by many documents keeps them as a bit set, counted against the
/// matches a word at a time (AND and population count); a rarer value keeps its document list, each looked up in the
/// matches. Counting then costs about the same for any number of matches, instead of a walk over every match's values.
/// </summary>
internal sealed class SegmentFacetOrdinals
{
    private static readonly ConditionalWeakTable<object, SegmentFacetOrdinals> Cache = new();

    /// <summary>A value held by at least one document in this many keeps a bit set: then the bit set is also the
    /// smaller of the two (a document list takes 32 bits a document).</summary>
    public const int DenseShare = 32;

    /// <summary>The facet and value of each ordinal.</summary>
    public (string Facet, string Value)[] Labels { get; }

    /// <summary>Per ordinal: the bit set of its documents (dense values) or null.</summary>
    private readonly long[]?[] _dense;

    /// <summary>Per ordinal: its documents in increasing order (sparse values) or null.</summary>
    private readonly int[]?[] _sparse;

    private SegmentFacetOrdinals((string, string)[] labels, long[]?[] dense, int[]?[] sparse) => (Labels, _dense, _sparse) = (labels, dense, sparse);

    public static SegmentFacetOrdinals For(AtomicReader reader) => Cache.GetValue(reader.CoreCacheKey, _ => Read(reader, DenseShare));

    /// <summary>How many of <paramref name="matches"/> (a bit set over the segment's documents) hold each value, by ordinal.</summary>
    public int[] Count(FixedBitSet matches, CancellationToken ct)
    {
        var counts = new int[Labels.Length];
        var words = matches.GetBits();
        for (var ord = 0; ord < counts.Length; ord++)
        {
            ct.ThrowIfCancellationRequested();
            counts[ord] = _dense[ord] is { } bits ? Intersection(bits, words) : Hits(_sparse[ord]!, words);
        }
        return counts;
    }

    private static int Intersection(long[] a, long[] b)
    {
        var count = 0;
        for (var i = 0; i < a.Length; i++) count += BitOperations.PopCount((ulong)(a[i] & b[i]));
        return count;
    }

    private static int Hits(int[] docs, long[] words)
    {
        var count = 0;
        foreach (var doc in docs) count += (int)((ulong)words[doc >> 6] >> (doc & 63)) & 1;
        return count;
    }

    /// <param name="denseShare">a value held by at least maxDoc / denseShare documents keeps a bit set (tests force either form)</param>
    internal static SegmentFacetOrdinals Read(AtomicReader reader, int denseShare)
    {
        var labels = new List<(string, string)>();
        var docs = new List<List<int>>();
        var term = new BytesRef();
        foreach (var facet in Facets.All)
        {
            if (reader.GetSortedSetDocValues(LuceneFields.FacetField(facet)) is not { } values) continue;
            var offset = labels.Count;
            for (var ord = 0L; ord < values.ValueCount; ord++)
            {
                values.LookupOrd(ord, term);
                labels.Add((facet, term.Utf8ToString()));
                docs.Add([]);
            }
            for (var doc = 0; doc < reader.MaxDoc; doc++)
            {
                values.SetDocument(doc);
                for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd()) docs[offset + (int)ord].Add(doc);
            }
        }

        var dense = new long[]?[labels.Count];
        var sparse = new int[]?[labels.Count];
        for (var ord = 0; ord < labels.Count; ord++)
        {
            if ((long)docs[ord].Count * denseShare < reader.MaxDoc) { sparse[ord] = [.. docs[ord]]; continue; }
            var bits = new FixedBitSet(reader.MaxDoc);
            foreach (var doc in docs[ord]) bits.Set(doc);
            dense[ord] = bits.GetBits();
        }
        return new SegmentFacetOrdinals([.. labels], dense, sparse);
    }
}
