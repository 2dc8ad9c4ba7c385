using CaseGraph.Indexing.Pipeline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CaseGraph.Indexing.Hosting;

public static class IndexingServiceCollection
{
    /// <summary>Options, paths, the graph store, and the indexing pipeline and its hosted service.</summary>
    public static IServiceCollection AddCaseGraphIndexing(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<IndexingOptions>().BindConfiguration(IndexingOptions.Section).ValidateRules(o => o.Validate()).ValidateOnStart();
        services.AddSingleton(sp => new IndexPaths(Path.GetFullPath(sp.GetRequiredService<IOptions<IndexingOptions>>().Value.IndexesPath)));
        services.AddGraphStore();
        services.AddSingleton<IndexingStatus>();
        services.AddSingleton<IndexingPipeline>();
        services.AddSingleton<IndexingService>();
        if (configuration.GetValue($"{IndexingOptions.Section}:{nameof(IndexingOptions.RunWorker)}", true))
            services.AddHostedService(sp => sp.GetRequiredService<IndexingService>());
        else
            services.AddHostedService<ExternalWorkerVocabularyLoader>();
        return services;
    }
}
