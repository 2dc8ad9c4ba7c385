using CaseGraph.Api.Hosting;
using CaseGraph.Api.Access;
using CaseGraph.Core.Access;
using CaseGraph.Api.OpenApi;
using CaseGraph.Api.Search;
using CaseGraph.Api.Trends;
using CaseGraph.Core.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseGraph.Api.Topics;

public static class TopicEndpoints
{
    public static IEndpointRouteBuilder MapTopics(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/topics").WithTags("Topics").RequireAccess(AccessLevel.Aggregates).RequiresIndex();
        group.MapGet("/trends", Trends).WithMetadata(TextExports.TrendFormats).WithName("TopicTrends")
            .WithSummary("Case counts and shares per topic per month, quarter or year, as JSON, CSV or an SVG chart; counts of 1-10 are suppressed");
        group.MapGet("/discovered", Discovered).WithRequestCost(20).WithName("DiscoveredThemes")
            .WithSummary("Themes LDA finds in the newest cases, with their top words: what the taxonomy may not cover yet");
        return app;
    }

    private static async Task<Results<Ok<DiscoveredThemesResponse>, ValidationProblem>> Discovered([AsParameters] DiscoveredThemesRequest request,
        ThemeDiscovery discovery, CancellationToken ct)
    {
        if (request.Validate() is { Count: > 0 } errors) return TypedResults.ValidationProblem(errors);
        return TypedResults.Ok(await discovery.DiscoverAsync(request.Themes ?? DiscoveredThemesRequest.DefaultThemes,
            request.Words ?? DiscoveredThemesRequest.DefaultWords, ct));
    }

    /// <summary>
    /// A slice of one table per interval and setting, built over the whole archive and every topic and rounded per
    /// cell (see <see cref="Core.Search.Trends"/> for why answers cannot be differenced).
    /// </summary>
    private static Results<Ok<TrendsResponse>, ContentHttpResult, FileContentHttpResult, ValidationProblem> Trends([AsParameters] TopicTrendsRequest request,
        ISearchView index, SearchModel model, CellRounding rounding, CancellationToken ct)
    {
        if (request.Validate(model.TopicNames) is { Count: > 0 } errors) return TypedResults.ValidationProblem(errors);

        var (options, topic, setting) = (request.Options(), request.Topic, request.Setting);
        var topics = model.TopicNames.Keys.Order(StringComparer.Ordinal).ToList();
        var table = WholeTable(index, model, rounding, options.Interval, setting, ct);
        var shown = topic is null ? topics : [topic];
        return TrendExport.Render(Core.Search.Trends.Slice(table, options.From, options.To, shown),
            shown.Select(t => new TrendSeries(t, model.TopicNames.GetValueOrDefault(t, t))).ToList(), options.Format, "Topic shares");
    }

    /// <summary>The one published table of topic trends for this interval and setting (every topic, the whole archive).</summary>
    internal static TrendTable WholeTable(ISearchView index, SearchModel model, CellRounding rounding, TrendInterval interval, string? setting,
        CancellationToken ct)
    {
        var query = new IndexQuery
        {
            FacetFilters = setting is null ? new Dictionary<string, string>() : new Dictionary<string, string> { [Facets.Setting] = setting },
        };
        var topics = model.TopicNames.Keys.Order(StringComparer.Ordinal).ToList();
        return Core.Search.Trends.Build(index.MonthlyTopicCounts(query, ct), topics, interval,
            publication: new TrendPublication(rounding, "topic", setting is null ? "all" : "setting=" + setting, ComplementaryCell: true));
    }
}
