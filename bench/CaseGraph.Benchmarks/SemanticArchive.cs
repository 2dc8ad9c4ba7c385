using CaseGraph.Core.Semantic;
using CaseGraph.Indexing.Corpus;
using CaseGraph.Indexing.Semantic;
using CaseGraph.Semantic;
using Microsoft.Extensions.Logging;

namespace CaseGraph.Benchmarks;

/// <summary>
/// The worker's embedding pass over the generated archive, with its cache kept beside the corpus (a rerun embeds only
/// what changed), and the read side's view of the vectors for the commit being timed.
/// </summary>
public static class SemanticArchive
{
    public static async Task<(ISemanticView View, EmbeddingPassReport Pass)> EmbedAsync(string work, string corpusDir, string vectorsFolder,
        long sequence, ITextEmbedder model, CancellationToken ct)
    {
        using var logs = LoggerFactory.Create(b => b // progress to stderr: stdout is the report
            .AddSimpleConsole(o => o.SingleLine = true).AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace));
        var cache = new EmbeddingCache(Path.Combine(work, "embeddings.db"));
        var pass = new EmbeddingPass(model, cache, vectorsFolder, new SemanticOptions(), new SemanticStatus(true, model.ModelId),
            logs.CreateLogger("embedding"));
        var report = await pass.RunAsync(EmbeddingTarget.From(sequence, CorpusReader.Read(corpusDir)), ct);
        var index = new SemanticIndex(vectorsFolder, model);
        index.Refresh(sequence);
        return (index.Pin(sequence), report);
    }
}
