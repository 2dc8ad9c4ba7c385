using CaseGraph.Api.Contracts;
using CaseGraph.Api.Trends;
using CaseGraph.Core.Graph;
using CaseGraph.Core.Search;
using CaseGraph.Indexing;
using CaseGraph.Indexing.Pipeline;
using CaseGraph.Lucene;

namespace CaseGraph.Api.Hosting;

public static class SearchServiceCollection
{
    /// <summary>The read side: one Lucene searcher (refreshed after each commit), the combined search, response mapping.</summary>
    public static IServiceCollection AddCaseGraphSearch(this IServiceCollection services)
    {
        services.AddSingleton(sp =>
        {
            var status = sp.GetRequiredService<IndexingStatus>();
            var index = new LuceneSearchIndex(sp.GetRequiredService<IndexPaths>().Lucene, status.DrugWords);
            status.Committed += index.Refresh;
            return index;
        });
        services.AddSingleton<ISearchIndex>(sp => sp.GetRequiredService<LuceneSearchIndex>());
        services.AddSingleton<CaseGraph.Api.Topics.ThemeDiscovery>();
        services.AddSingleton<CaseGraph.Api.Privacy.PhiDetectorProvider>();
        services.AddTrendRounding();
        services.AddSingleton(sp => new CombinedSearch(sp.GetRequiredService<ISearchIndex>(), sp.GetRequiredService<IGraphStore>(),
            () => sp.GetRequiredService<IndexingStatus>().Vocabulary));
        services.AddTransient(sp =>
        {
            var status = sp.GetRequiredService<IndexingStatus>();
            return new ResponseMapper(status.Vocabulary, status.TopicNames);
        });
        services.AddHostedService<SearcherRefreshService>();
        services.AddSingleton<SearchWarmUp>();
        services.AddHostedService(sp => sp.GetRequiredService<SearchWarmUp>());
        return services;
    }
}

/// <summary>Picks up commits of a worker running in another process (docker-compose); cheap when nothing changed.</summary>
internal sealed class SearcherRefreshService(LuceneSearchIndex index) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(2));
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken)) index.Refresh();
        }
        catch (OperationCanceledException)
        {
            // shutting down
        }
    }
}
