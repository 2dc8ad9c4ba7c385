using BenchmarkDotNet.Attributes;
using CaseGraph.Core.Model;
using CaseGraph.Core.Semantic;
using CaseGraph.Semantic;

namespace CaseGraph.MicroBenchmarks;

/// <summary>
/// Exact top-10 over 100k random 384-dimension int8 vectors (one chunk each), all rows and a filter admitting one in
/// four. Setup prints what the store takes in memory once read back from its file.
/// </summary>
[MemoryDiagnoser, MedianColumn]
public class VectorSearchBenchmarks
{
    private const int Items = 100_000, Dimensions = 384;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "casegraph-vector-bench-" + Guid.NewGuid().ToString("N"));
    private VectorStore _store = null!;
    private VectorFilter _quarter = null!;
    private float[][] _queries = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        VectorStoreFiles.Write(_folder, 1, "random", Dimensions, Items,
            Enumerable.Range(0, Items).Select(i => ($"case-{i:D6}", DocumentKind.Case, new TextEmbedding([new EmbeddedChunk(0, 760, Unit(random))]))));
        var before = GC.GetTotalMemory(forceFullCollection: true);
        _store = VectorStoreFiles.Read(_folder, 1)!;
        var after = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine($"// {Items:N0} vectors: {(after - before) / 1e6:F1} MB managed memory after reading "
            + $"(vector arrays {_store.VectorBytes / 1e6:F1} MB, the rest the id map); file {new FileInfo(VectorStoreFiles.PathOf(_folder, 1)).Length / 1e6:F1} MB");
        _quarter = _store.Allow(_store.Ids.Where((_, i) => i % 4 == 0));
        _queries = [.. Enumerable.Range(0, 16).Select(_ => Unit(random))];
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark]
    public int TopTen() => _store.Search(_queries[_next++ % _queries.Length], 10).Count;

    [Benchmark]
    public int TopTenOfAQuarter() => _store.Search(_queries[_next++ % _queries.Length], 10, _quarter).Count;

    private static float[] Unit(Random random)
    {
        var vector = new float[Dimensions];
        for (var i = 0; i < Dimensions; i++) vector[i] = (float)(random.NextDouble() * 2 - 1);
        var norm = MathF.Sqrt(vector.Sum(x => x * x));
        for (var i = 0; i < Dimensions; i++) vector[i] /= norm;
        return vector;
    }
}
