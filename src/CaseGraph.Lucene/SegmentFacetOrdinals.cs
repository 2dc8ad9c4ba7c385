using System.Runtime.CompilerServices;
using CaseGraph.Core.Search;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace CaseGraph.Lucene;

/// <summary>
/// Every facet value of every document of one segment, read once from doc values into flat arrays. Segments never
/// change, so this is cached per segment core; counting a match is then a loop over a few ints instead of a
/// doc-values walk per facet.
/// </summary>
internal sealed class SegmentFacetOrdinals
{
    private static readonly ConditionalWeakTable<object, SegmentFacetOrdinals> Cache = new();

    /// <summary>Document d's values are <c>Ordinals[Starts[d] .. Starts[d + 1]]</c>.</summary>
    public int[] Starts { get; }

    /// <summary>Indexes into <see cref="Labels"/>.</summary>
    public int[] Ordinals { get; }

    /// <summary>The facet and value of each ordinal.</summary>
    public (string Facet, string Value)[] Labels { get; }

    private SegmentFacetOrdinals(int[] starts, int[] ordinals, (string, string)[] labels) => (Starts, Ordinals, Labels) = (starts, ordinals, labels);

    public static SegmentFacetOrdinals For(AtomicReader reader) => Cache.GetValue(reader.CoreCacheKey, _ => Read(reader));

    private static SegmentFacetOrdinals Read(AtomicReader reader)
    {
        var facets = new List<(SortedSetDocValues Values, int Offset)>();
        var labels = new List<(string, string)>();
        var term = new BytesRef();
        foreach (var facet in Facets.All)
        {
            if (reader.GetSortedSetDocValues(LuceneFields.FacetField(facet)) is not { } values) continue;
            facets.Add((values, labels.Count));
            for (var ord = 0L; ord < values.ValueCount; ord++)
            {
                values.LookupOrd(ord, term);
                labels.Add((facet, term.Utf8ToString()));
            }
        }

        var starts = new int[reader.MaxDoc + 1];
        var ordinals = new int[Math.Max(16, reader.MaxDoc * 4)];
        var count = 0;
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            starts[doc] = count;
            foreach (var (values, offset) in facets)
            {
                values.SetDocument(doc);
                for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
                {
                    if (count == ordinals.Length) Array.Resize(ref ordinals, ordinals.Length * 2);
                    ordinals[count++] = offset + (int)ord;
                }
            }
        }
        starts[reader.MaxDoc] = count;
        Array.Resize(ref ordinals, count);
        return new SegmentFacetOrdinals(starts, ordinals, [.. labels]);
    }
}
