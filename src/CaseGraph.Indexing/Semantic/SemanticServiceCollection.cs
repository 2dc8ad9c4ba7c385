using CaseGraph.Core.Semantic;
using CaseGraph.Indexing.Hosting;
using CaseGraph.Semantic;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CaseGraph.Indexing.Semantic;

public static class SemanticServiceCollection
{
    /// <summary>
    /// Options, the model (loaded on first use), the embedding cache and the stage's status in every host; the embedding
    /// stage itself only where this host runs the worker and <c>CaseGraph:Semantic:Enabled</c> is not false.
    /// </summary>
    public static IServiceCollection AddCaseGraphSemantic(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SemanticOptions>().BindConfiguration(SemanticOptions.Section).ValidateRules(o => o.Validate()).ValidateOnStart();
        services.AddSingleton<ITextEmbedder>(_ => LazyEmbedder.ArcticXs());
        services.AddSingleton(sp => new EmbeddingCache(sp.GetRequiredService<IndexPaths>().Embeddings));
        services.AddSingleton(sp => new SemanticStatus(sp.GetRequiredService<IOptions<SemanticOptions>>().Value.Enabled,
            sp.GetRequiredService<ITextEmbedder>().ModelId));
        var enabled = configuration.GetValue($"{SemanticOptions.Section}:{nameof(SemanticOptions.Enabled)}", true);
        var runsWorker = configuration.GetValue($"{IndexingOptions.Section}:{nameof(IndexingOptions.RunWorker)}", true);
        if (!enabled || !runsWorker) return services;
        services.AddSingleton<EmbeddingStage>();
        services.AddSingleton<IEmbeddingQueue>(sp => sp.GetRequiredService<EmbeddingStage>());
        return services.AddHostedService(sp => sp.GetRequiredService<EmbeddingStage>());
    }
}
