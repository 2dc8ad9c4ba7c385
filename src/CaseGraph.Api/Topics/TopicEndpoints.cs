using CaseGraph.Api.Hosting;
using CaseGraph.Api.Access;
using CaseGraph.Core.Access;
using CaseGraph.Api.Search;
using CaseGraph.Api.Trends;
using CaseGraph.Core.Search;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseGraph.Api.Topics;

public static partial class TopicEndpoints
{
    public static IEndpointRouteBuilder MapTopics(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/topics").WithTags("Topics").RequireAccess(AccessLevel.Aggregates);
        group.MapGet("/trends", Trends).WithName("TopicTrends")
            .WithSummary("Case counts and shares per topic per month, quarter or year, as JSON, CSV or an SVG chart; counts of 1-10 are suppressed");
        group.MapGet("/discovered", Discovered).WithRequestCost(20).WithName("DiscoveredThemes")
            .WithSummary("Themes LDA finds in the newest cases, with their top words: what the taxonomy may not cover yet");
        return app;
    }

    public const int MaxThemes = 20;

    private static async Task<Results<Ok<DiscoveredThemesResponse>, ValidationProblem>> Discovered(ThemeDiscovery discovery, CancellationToken ct,
        int? themes = null, int? words = null)
    {
        var errors = new Dictionary<string, string[]>();
        if (themes is < 2 or > MaxThemes) errors["themes"] = [$"themes must be between 2 and {MaxThemes}"];
        if (words is < 3 or > ThemeDiscovery.MaxWords) errors["words"] = [$"words must be between 3 and {ThemeDiscovery.MaxWords}"];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        return TypedResults.Ok(await discovery.DiscoverAsync(themes ?? 8, words ?? 10, ct));
    }

    /// <summary>
    /// A slice of one table per interval and setting, built over the whole archive and every topic and rounded per
    /// cell (see <see cref="Core.Search.Trends"/> for why answers cannot be differenced).
    /// </summary>
    private static Results<Ok<TrendsResponse>, ContentHttpResult, ValidationProblem> Trends(ISearchView index, SearchModel model,
        CellRounding rounding, CancellationToken ct, string? interval = null, string? from = null, string? to = null, string? topic = null,
        string? setting = null, string? format = null)
    {
        var errors = new Dictionary<string, string[]>();
        var options = TrendOptions.Parse(interval, from, to, format, errors);
        if (topic is not null && !(TopicIdPattern().IsMatch(topic) && model.TopicNames.ContainsKey(topic)))
            errors["topic"] = ["topic must be the id of a topic of the taxonomy (lower-case words joined by hyphens, e.g. tapering); see corpus/topics.tsv"];
        FilterValidation.Setting(setting, errors);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        var query = new IndexQuery
        {
            FacetFilters = setting is null ? new Dictionary<string, string>() : new Dictionary<string, string> { [Facets.Setting] = setting },
        };
        var topics = model.TopicNames.Keys.Order(StringComparer.Ordinal).ToList();
        var table = Core.Search.Trends.Build(index.MonthlyTopicCounts(query, ct), topics, options.Interval,
            publication: new TrendPublication(rounding, "topic", setting is null ? "all" : "setting=" + setting, ComplementaryCell: true));
        var shown = topic is null ? topics : [topic];
        return TrendExport.Render(Core.Search.Trends.Slice(table, options.From, options.To, shown),
            shown.Select(t => new TrendSeries(t, model.TopicNames.GetValueOrDefault(t, t))).ToList(), options.Format, "Topic shares");
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex TopicIdPattern();
}
