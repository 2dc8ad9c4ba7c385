using CaseGraph.Api.Contracts;
using CaseGraph.Api.Trends;
using CaseGraph.Core.Graph;
using CaseGraph.Core.Search;
using CaseGraph.Indexing;
using CaseGraph.Indexing.Pipeline;
using CaseGraph.Core.Semantic;
using CaseGraph.Indexing.Semantic;
using CaseGraph.Lucene;
using CaseGraph.Semantic;
using Microsoft.Extensions.Options;

namespace CaseGraph.Api.Hosting;

public static class SearchServiceCollection
{
    /// <summary>The read side: one Lucene searcher refreshed after each commit, each request's pinned view of it (the
    /// commit and the search model it was built with), the combined search and the response mapping over that view.</summary>
    public static IServiceCollection AddCaseGraphSearch(this IServiceCollection services)
    {
        services.AddSingleton(sp => new LuceneSearchIndex(sp.GetRequiredService<IndexPaths>().Lucene));
        services.AddSingleton<ReadSideRefresh>();
        services.AddSingleton<ISearchIndex>(sp => sp.GetRequiredService<LuceneSearchIndex>());
        // The one place the read side gets its model: each request pins the last commit with the model it was built with.
        services.AddScoped(sp => sp.GetRequiredService<ISearchIndex>().Pin());
        services.AddScoped(sp => sp.GetRequiredService<ISearchView>().Model);
        services.AddSingleton(sp => new SemanticIndex(sp.GetRequiredService<IndexPaths>().Vectors, sp.GetRequiredService<ITextEmbedder>()));
        // Meaning beside the pinned commit: the vectors of that commit or an earlier one (partial while they fill in), or none.
        services.AddScoped(sp => sp.GetRequiredService<IOptions<SemanticOptions>>().Value.Enabled
            ? sp.GetRequiredService<SemanticIndex>().Pin(sp.GetRequiredService<SearchModel>().Sequence)
            : NoSemanticView.Instance);
        services.AddScoped(sp => new CombinedSearch(sp.GetRequiredService<ISearchView>(), sp.GetRequiredService<IGraphStore>(),
            sp.GetRequiredService<ISemanticView>()));
        services.AddScoped(sp => new ResponseMapper(sp.GetRequiredService<SearchModel>()));
        services.AddSingleton<CaseGraph.Api.Topics.ThemeDiscovery>();
        services.AddSingleton<CaseGraph.Api.Privacy.PhiDetectorProvider>();
        services.AddTrendRounding();
        services.AddHostedService<SearcherRefreshService>();
        services.AddSingleton<SearchWarmUp>();
        services.AddHostedService(sp => sp.GetRequiredService<SearchWarmUp>());
        services.AddHostedService<ReadyLine>();
        return services;
    }
}
