using System.Collections.Frozen;
using CaseGraph.Core.Model;
using CaseGraph.Core.Semantic;

namespace CaseGraph.Semantic;

/// <summary>A match: the item, its best chunk's cosine with the query, and where that chunk lies in the item's text.</summary>
public sealed record VectorHit(string Id, float Score, TextSpan Chunk);

/// <summary>
/// The vectors of one run (<see cref="VectorStoreFiles"/>), immutable, for exact search: the query is quantized to
/// int16 and every admitted row scored (<see cref="Int8DotProduct"/>). Every chunk is a row of int8 components with
/// its own scale, all rows in one contiguous array and an item's rows side by side; an item scores as its best chunk.
/// A store may be partial (<see cref="Coverage"/>): it holds the items embedded so far of the run's <see cref="TotalItems"/>.
/// 100k single-chunk items of 384 dimensions take 40 MB of vectors and about 12 MB of id map.
/// </summary>
public sealed class VectorStore
{
    private readonly sbyte[] _components;
    private readonly float[] _scales;
    private readonly int[] _chunkStarts, _chunkLengths;
    private readonly int[] _firstRow; // item i owns rows _firstRow[i] .. _firstRow[i + 1] - 1
    private readonly FrozenDictionary<string, int> _ordinals;
    private readonly DocumentKind[] _kinds;
    private readonly VectorFilter[] _kindFilters; // one per DocumentKind, by its value

    internal VectorStore(long sequence, string modelId, int dimensions, int totalItems, string[] ids, DocumentKind[] kinds, int[] firstRow,
        int[] chunkStarts, int[] chunkLengths, float[] scales, sbyte[] components)
    {
        (Sequence, ModelId, Dimensions, TotalItems, Ids, _kinds) = (sequence, modelId, dimensions, totalItems, ids, kinds);
        (_firstRow, _chunkStarts, _chunkLengths, _scales, _components) = (firstRow, chunkStarts, chunkLengths, scales, components);
        _ordinals = ids.Select((id, i) => (id, i)).ToFrozenDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
        _kindFilters = [.. Enum.GetValues<DocumentKind>().Select(kind => VectorFilter.Where(ids.Length, i => kinds[i] == kind))];
    }

    public long Sequence { get; }
    public string ModelId { get; }
    public int Dimensions { get; }
    public IReadOnlyList<string> Ids { get; }
    public int Count => Ids.Count;
    public int RowCount => _scales.Length;

    /// <summary>How many items with text the run has in all; more than <see cref="Count"/> while it is still being embedded.</summary>
    public int TotalItems { get; }

    public SemanticCoverage Coverage => new(Sequence, Count, TotalItems);

    /// <summary>The bytes of the vector arrays (components, scales, chunk offsets), without the id map.</summary>
    public long VectorBytes => _components.LongLength + 12L * _scales.Length + 4L * _firstRow.Length;

    public bool Contains(string id) => _ordinals.ContainsKey(id);

    public DocumentKind KindOf(int ordinal) => _kinds[ordinal];

    public bool TryGetKind(string id, out DocumentKind kind)
    {
        var found = _ordinals.TryGetValue(id, out var ordinal);
        kind = found ? _kinds[ordinal] : default;
        return found;
    }

    /// <summary>A filter that admits only these items (ids this store does not hold are ignored).</summary>
    public VectorFilter Allow(IEnumerable<string> ids)
    {
        var filter = new VectorFilter(Count);
        foreach (var id in ids)
            if (_ordinals.TryGetValue(id, out var ordinal)) filter.Admit(ordinal);
        return filter;
    }

    /// <summary>The filter that admits the items of one kind (built once when the store is read, shared).</summary>
    public VectorFilter Allow(DocumentKind kind) => _kindFilters[(int)kind];

    /// <summary>
    /// An item's vector as one: its chunks dequantized, averaged and L2-normalized (to find items like a stored one), or
    /// null when the store does not hold the id.
    /// </summary>
    public float[]? VectorOf(string id)
    {
        if (!_ordinals.TryGetValue(id, out var item)) return null;
        var mean = new float[Dimensions];
        for (var row = _firstRow[item]; row < _firstRow[item + 1]; row++)
        {
            var components = _components.AsSpan(row * Dimensions, Dimensions);
            for (var i = 0; i < Dimensions; i++) mean[i] += components[i] * _scales[row];
        }
        return VectorMath.Normalized(mean);
    }

    /// <summary>
    /// The <paramref name="k"/> items closest to the query (a normalized vector of the store's model), best first, ties
    /// by position in the store; an item scores as the best of its chunks. Exact: every admitted row is scored.
    /// </summary>
    public IReadOnlyList<VectorHit> Search(ReadOnlySpan<float> query, int k, VectorFilter? filter = null)
    {
        if (query.Length != Dimensions) throw new ArgumentException($"The query has {query.Length} dimensions; this store holds {Dimensions}.", nameof(query));
        if (filter is not null && filter.Capacity != Count) throw new ArgumentException("The filter was made for another store.", nameof(filter));
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        if (k == 0 || Count == 0) return [];

        var top = new PriorityQueue<(int Item, int Row), (float Score, int Item)>(Math.Min(k, Count) + 1, WorstFirst.Instance);
        var (quantized, queryScale) = Int8DotProduct.QuantizeQuery(query);
        for (var item = 0; item < Count; item++)
        {
            if (filter is not null && !filter.Admits(item)) continue;
            var (bestRow, bestScore) = BestRow(quantized, queryScale, item);
            if (bestRow < 0) continue;
            if (top.Count < k) top.Enqueue((item, bestRow), (bestScore, item));
            else if (top.TryPeek(out _, out var worst) && WorstFirst.Instance.Compare((bestScore, item), worst) > 0)
                top.EnqueueDequeue((item, bestRow), (bestScore, item));
        }
        var hits = new List<VectorHit>(top.Count);
        while (top.TryDequeue(out var entry, out var priority))
            hits.Add(new VectorHit(Ids[entry.Item], priority.Score, new TextSpan(_chunkStarts[entry.Row], _chunkLengths[entry.Row])));
        hits.Reverse();
        return hits;
    }

    private (int Row, float Score) BestRow(short[] query, float queryScale, int item)
    {
        var (bestRow, bestScore) = (-1, float.NegativeInfinity);
        for (var row = _firstRow[item]; row < _firstRow[item + 1]; row++)
        {
            var score = Int8DotProduct.Dot(_components.AsSpan(row * Dimensions, Dimensions), query) * (queryScale * _scales[row]);
            if (score > bestScore) (bestRow, bestScore) = (row, score);
        }
        return (bestRow, bestScore);
    }

    /// <summary>Orders the heap so its head is the weakest entry: lower score first, then the later item.</summary>
    private sealed class WorstFirst : IComparer<(float Score, int Item)>
    {
        public static readonly WorstFirst Instance = new();
        public int Compare((float Score, int Item) x, (float Score, int Item) y) =>
            x.Score != y.Score ? x.Score.CompareTo(y.Score) : y.Item.CompareTo(x.Item);
    }
}

/// <summary>
/// Which items of one store a search may return: a bitmap over the store's item positions. Filled while it is made,
/// never changed after it is handed out, so it can be shared.
/// </summary>
public sealed class VectorFilter(int capacity)
{
    private readonly ulong[] _bits = new ulong[(capacity + 63) / 64];

    public int Capacity { get; } = capacity;

    /// <summary>A new filter admitting the items both this one and <paramref name="other"/> admit (both of one store).</summary>
    public VectorFilter Intersect(VectorFilter other)
    {
        if (other.Capacity != Capacity) throw new ArgumentException("The filters were made for different stores.", nameof(other));
        var both = new VectorFilter(Capacity);
        for (var i = 0; i < _bits.Length; i++) both._bits[i] = _bits[i] & other._bits[i];
        return both;
    }

    internal static VectorFilter Where(int capacity, Func<int, bool> admits)
    {
        var filter = new VectorFilter(capacity);
        for (var ordinal = 0; ordinal < capacity; ordinal++)
            if (admits(ordinal)) filter.Admit(ordinal);
        return filter;
    }

    internal void Admit(int ordinal) => _bits[ordinal >> 6] |= 1UL << ordinal;

    internal bool Admits(int ordinal) => (_bits[ordinal >> 6] & (1UL << ordinal)) != 0;
}
