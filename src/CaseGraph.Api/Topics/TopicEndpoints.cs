using CaseGraph.Api.Search;
using CaseGraph.Api.Trends;
using CaseGraph.Core.Search;
using CaseGraph.Indexing.Pipeline;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseGraph.Api.Topics;

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
        var options = TrendOptions.Parse(interval, from, to, format, errors);
        if (topic is not null && !status.TopicNames.ContainsKey(topic)) errors["topic"] = [$"unknown topic '{topic}'; see corpus/topics.tsv"];
        FilterValidation.Setting(setting, errors);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        var query = new IndexQuery
        {
            PresentedFrom = from,
            PresentedTo = to,
            FacetFilters = setting is null ? new Dictionary<string, string>() : new Dictionary<string, string> { [Facets.Setting] = setting },
        };
        var topics = topic is null ? status.TopicNames.Keys.Order(StringComparer.Ordinal).ToList() : [topic];
        var table = Core.Search.Trends.Build(index.MonthlyTopicCounts(query, ct), topics, options.Interval);
        return TrendExport.Render(table, topics.Select(t => new TrendSeries(t, status.TopicNames.GetValueOrDefault(t, t))).ToList(),
            options.Format, "Topic shares");
    }
}
