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
    /// <summary>The read side: one Lucene searcher refreshed after each commit, each request's pinned view of it (the
    /// commit and the search model it was built with), the combined search and the response mapping over that view.</summary>
    public static IServiceCollection AddCaseGraphSearch(this IServiceCollection services)
    {
        services.AddSingleton(sp =>
        {
            var index = new LuceneSearchIndex(sp.GetRequiredService<IndexPaths>().Lucene);
            sp.GetRequiredService<IndexingStatus>().Committed += index.Refresh;
            return index;
        });
        services.AddSingleton<ISearchIndex>(sp => sp.GetRequiredService<LuceneSearchIndex>());
        // The one place the read side gets its model: each request pins the last commit with the model it was built with.
        services.AddScoped(sp => sp.GetRequiredService<ISearchIndex>().Pin());
        services.AddScoped(sp => sp.GetRequiredService<ISearchView>().Model);
        services.AddScoped(sp => new CombinedSearch(sp.GetRequiredService<ISearchView>(), sp.GetRequiredService<IGraphStore>()));
        services.AddScoped(sp => new ResponseMapper(sp.GetRequiredService<SearchModel>()));
        services.AddSingleton<CaseGraph.Api.Topics.ThemeDiscovery>();
        services.AddSingleton<CaseGraph.Api.Privacy.PhiDetectorProvider>();
        services.AddTrendRounding();
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
