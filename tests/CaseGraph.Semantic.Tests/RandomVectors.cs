using CaseGraph.Core.Model;
using CaseGraph.Core.Semantic;

namespace CaseGraph.Semantic.Tests;

/// <summary>Seeded random unit vectors and items made of them.</summary>
public static class RandomVectors
{
    public static float[] Unit(Random random, int dimensions)
    {
        var vector = new float[dimensions];
        for (var i = 0; i < dimensions; i++) vector[i] = (float)(random.NextDouble() * 2 - 1);
        var norm = MathF.Sqrt(vector.Sum(x => x * x));
        return [.. vector.Select(x => x / norm)];
    }

    /// <summary>Items "item-0", "item-1", ... with 1 to <paramref name="maxChunks"/> chunks each, at made-up offsets.</summary>
    public static List<(string Id, TextEmbedding Embedding)> Items(int seed, int count, int dimensions, int maxChunks = 1)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(i => ($"item-{i}", new TextEmbedding(
            [.. Enumerable.Range(0, random.Next(1, maxChunks + 1)).Select(c => new EmbeddedChunk(c * 100, 120, Unit(random, dimensions)))])))];
    }

    /// <summary>The items with kinds in turn (case, recommendation, guideline, case, ...), as the store is written.</summary>
    public static IEnumerable<(string Id, DocumentKind Kind, TextEmbedding Embedding)> WithKinds(IEnumerable<(string Id, TextEmbedding Embedding)> items) =>
        items.Select((item, i) => (item.Id, KindAt(i), item.Embedding));

    public static DocumentKind KindAt(int position) => (DocumentKind)(position % 3);

    public static float Dot(float[] a, float[] b) => a.Zip(b).Sum(p => p.First * p.Second);
}
