using CaseGraph.Indexing.Ledger;
using CaseGraph.Indexing.Pipeline;
using CaseGraph.Indexing.Semantic;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CaseGraph.Indexing.Hosting;

public static class IndexingServiceCollection
{
    /// <summary>Options, paths, the graph store, the semantic layer's parts, and (unless <c>RunWorker=false</c>) the indexing
    /// pipeline and its hosted service (with the embedding stage behind it unless <c>Semantic:Enabled=false</c>).</summary>
    public static IServiceCollection AddCaseGraphIndexing(this IServiceCollection services, IConfiguration configuration)
    {
        var workingFolder = Directory.GetCurrentDirectory();
        services.AddOptions<IndexingOptions>().BindConfiguration(IndexingOptions.Section).PostConfigure(o => o.ResolvePaths(workingFolder))
            .ValidateRules(o => o.Validate()).ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<IndexingOptions>>().Value is var o
            ? new IndexPaths(Path.GetFullPath(o.IndexesPath), o.Quarantine.Folder is { } folder ? Path.GetFullPath(folder) : null) : null!);
        services.AddSingleton(sp => new HeldRecords(sp.GetRequiredService<IndexPaths>().Ledger));
        services.AddGraphStore();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<IndexingOptions>>().Value.CorpusLimits);
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<IndexingOptions>>().Value.Screen);
        services.AddCaseGraphSemantic(configuration);
        if (!configuration.GetValue($"{IndexingOptions.Section}:{nameof(IndexingOptions.RunWorker)}", true))
        {
            // Read-only: another process is the one writer; this host reads what it commits and registers no pipeline.
            services.AddSingleton(IndexingStatus.External());
            return services;
        }
        services.AddSingleton<IndexingStatus>();
        services.AddSingleton<IndexingPipeline>();
        services.AddSingleton<IndexingService>();
        services.AddHostedService(sp => sp.GetRequiredService<IndexingService>());
        return services;
    }
}
