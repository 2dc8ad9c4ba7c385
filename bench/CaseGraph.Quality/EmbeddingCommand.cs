using CaseGraph.Indexing.Corpus;
using CaseGraph.Indexing.Semantic;
using CaseGraph.Semantic;
using Microsoft.Extensions.Logging;

namespace CaseGraph.Quality;

/// <summary>
/// The embedding stage's pass over a corpus, as the worker runs it: a cold pass (empty cache) and a warm one (every item
/// cached, as after a restart whose vector file is gone), over a temporary cache and vectors folder.
/// </summary>
internal static class EmbeddingCommand
{
    public static async Task<int> RunAsync(Func<string, string, string> arg)
    {
        var corpus = arg("corpus", "corpus");
        var target = EmbeddingTarget.From(1, CorpusReader.Read(corpus));
        var folder = Directory.CreateTempSubdirectory("casegraph-embedding-").FullName;
        using var logs = LoggerFactory.Create(b => b.AddSimpleConsole(o => o.SingleLine = true));
        try
        {
            using var model = new ArcticXsEmbedder();
            var cache = new EmbeddingCache(Path.Combine(folder, "embeddings.db"));
            var status = new SemanticStatus(true, model.ModelId);
            var kinds = target.Items.GroupBy(i => i.Kind).Select(g => $"{g.Count()} {g.Key.ToString().ToLowerInvariant()}");
            Console.WriteLine($"corpus {corpus}: {target.Count} items ({string.Join(", ", kinds)}), " +
                $"{target.Items.Average(i => i.Text.Length):F0} characters on average; {Environment.ProcessorCount} cores");
            model.Embed("warm-up: load the model before the clock starts");

            var timed = new TimedEmbedder(model);
            var pass = new EmbeddingPass(timed, cache, Path.Combine(folder, "vectors"), new SemanticOptions(), status, logs.CreateLogger("embedding"));
            var cold = await pass.RunAsync(target, CancellationToken.None);
            Console.WriteLine($"cold pass: {cold}; {cold.Embedded / cold.Seconds:F1} items/s; the model's own time {timed.Seconds:F1}s " +
                $"({cold.Embedded / timed.Seconds:F1} items/s), the rest cache writes and vector files");
            var warm = await pass.RunAsync(target with { Sequence = 2 }, CancellationToken.None);
            Console.WriteLine($"warm pass (restart, every item cached): {warm} ({warm.Seconds * 1000:F0} ms)");
            var file = new FileInfo(VectorStoreFiles.PathOf(Path.Combine(folder, "vectors"), 2));
            Console.WriteLine($"vector file {file.Length / 1024.0:F0} KiB, cache {new FileInfo(cache.FilePath).Length / 1024.0:F0} KiB");
            return cold.Failed == 0 && warm.Embedded == 0 ? 0 : 1;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

/// <summary>The model, timing its calls.</summary>
internal sealed class TimedEmbedder(CaseGraph.Core.Semantic.ITextEmbedder model) : CaseGraph.Core.Semantic.ITextEmbedder
{
    private long _ticks;

    public double Seconds => TimeSpan.FromTicks(_ticks).TotalSeconds;
    public string ModelId => model.ModelId;
    public int Dimensions => model.Dimensions;

    public CaseGraph.Core.Semantic.TextEmbedding Embed(string text, CancellationToken cancellationToken = default)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try { return model.Embed(text, cancellationToken); }
        finally { _ticks += System.Diagnostics.Stopwatch.GetElapsedTime(started).Ticks; }
    }

    public float[] EmbedQuery(string text, CancellationToken cancellationToken = default) => model.EmbedQuery(text, cancellationToken);
}
