using BenchmarkDotNet.Attributes;
using CaseGraph.Indexing.Corpus;
using CaseGraph.Indexing.Hosting;
using CaseGraph.Semantic;

namespace CaseGraph.MicroBenchmarks;

/// <summary>
/// The embedding model (docs/semantic.md): one query of up to 32 tokens, and one bundled case's text (title, summary,
/// question) at a time, cycling through the corpus. Setup prints the case texts' mean length and the query prefix
/// comparison.
/// </summary>
[MemoryDiagnoser, MedianColumn]
public class EmbeddingBenchmarks
{
    private static readonly string[] Queries =
    [
        "patient on high dose opioids who wants to taper slowly without withdrawal",
        "starting buprenorphine in the emergency department after an overdose, what dose",
        "benzodiazepine and opioid together in an older adult with falls and chronic back pain",
    ];

    private ArcticXsEmbedder _embedder = null!;
    private string[] _cases = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _embedder = new ArcticXsEmbedder();
        var corpus = CorpusReader.Read(RepositoryPaths.Default("corpus"));
        _cases = [.. corpus.Cases.Select(c => c.Item).Select(c => string.Join("\n", [c.Summary, .. c.Questions]))];
        Console.WriteLine($"// {_cases.Length} case texts, mean {_cases.Average(c => c.Length):F0} characters; queries of "
            + string.Join(", ", Queries.Select(q => _embedder.CountTokens(ArcticXsEmbedder.QueryPrefix + q))) + " tokens with the prefix");
        Console.WriteLine(QueryPrefixComparison.Report(_embedder));
    }

    [GlobalCleanup]
    public void Cleanup() => _embedder.Dispose();

    [Benchmark]
    public float QueryEmbedding() => _embedder.EmbedQuery(Queries[_next++ % Queries.Length])[0];

    [Benchmark]
    public int CaseEmbedding() => _embedder.Embed(_cases[_next++ % _cases.Length]).Chunks.Count;

    /// <summary>Two cases on two threads through the one shared instance: is a pool of instances worth it?</summary>
    [Benchmark]
    public int TwoCasesAtOnce()
    {
        var (first, second) = (_cases[_next++ % _cases.Length], _cases[_next++ % _cases.Length]);
        var counts = new int[2];
        Parallel.Invoke(() => counts[0] = _embedder.Embed(first).Chunks.Count, () => counts[1] = _embedder.Embed(second).Chunks.Count);
        return counts[0] + counts[1];
    }
}
