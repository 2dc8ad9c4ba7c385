using CaseGraph.Api.Search;
using CaseGraph.Core.Search;
using CaseGraph.Indexing.Pipeline;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseGraph.Api.Topics;

public sealed record TopicRef(string Id, string Name);

public sealed record TrendsResponse(string Interval, int SmallCellThreshold, IReadOnlyList<TopicRef> Topics,
    IReadOnlyList<TrendPeriod> Periods, IReadOnlyList<TrendCell> Cells);

public static class TopicEndpoints
{
    public static IEndpointRouteBuilder MapTopics(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/topics").WithTags("Topics").MapGet("/trends", Trends).WithName("TopicTrends")
            .WithSummary("Case counts and shares per topic per month, quarter or year, as JSON, CSV or an SVG chart; counts of 1-10 are suppressed");
        return app;
    }

    private static Results<Ok<TrendsResponse>, ContentHttpResult, ValidationProblem> Trends(ISearchIndex index, IndexingStatus status,
        CancellationToken ct, string? interval = null, string? from = null, string? to = null, string? topic = null, string? setting = null,
        string? format = null)
    {
        var errors = new Dictionary<string, string[]>();
        var trendInterval = TrendInterval.Month;
        if (interval is not null && !Enum.TryParse(interval, ignoreCase: true, out trendInterval)) errors["interval"] = ["interval must be month, quarter or year"];
        FilterValidation.YearMonth("from", from, errors);
        FilterValidation.YearMonth("to", to, errors);
        if (topic is not null && !status.TopicNames.ContainsKey(topic)) errors["topic"] = [$"unknown topic '{topic}'; see corpus/topics.tsv"];
        FilterValidation.Setting(setting, errors);
        if (format is not null && format is not ("json" or "csv" or "svg")) errors["format"] = ["format must be json, csv or svg"];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        var query = new IndexQuery
        {
            PresentedFrom = from,
            PresentedTo = to,
            FacetFilters = setting is null ? new Dictionary<string, string>() : new Dictionary<string, string> { [Facets.Setting] = setting },
        };
        var topics = topic is null ? status.TopicNames.Keys.Order(StringComparer.Ordinal).ToList() : [topic];
        var table = Core.Search.Trends.Build(index.MonthlyTopicCounts(query, ct), topics, trendInterval);
        if (format == "csv") return TypedResults.Text(Core.Search.Trends.ToCsv(table), "text/csv");
        if (format == "svg") return TypedResults.Text(TrendChart.ToSvg(table, status.TopicNames), "image/svg+xml");
        return TypedResults.Ok(new TrendsResponse(trendInterval.ToString().ToLowerInvariant(), Core.Search.Trends.SmallCell,
            topics.Select(t => new TopicRef(t, status.TopicNames.GetValueOrDefault(t, t))).ToList(), table.Periods, table.Cells));
    }
}
