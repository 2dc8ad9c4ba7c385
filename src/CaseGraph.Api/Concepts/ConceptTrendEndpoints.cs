using CaseGraph.Api.Access;
using CaseGraph.Core.Access;
using CaseGraph.Api.Search;
using CaseGraph.Api.Trends;
using CaseGraph.Core.Graph;
using CaseGraph.Core.Model;
using CaseGraph.Core.Search;
using CaseGraph.Indexing.Pipeline;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseGraph.Api.Concepts;

public static class ConceptTrendEndpoints
{
    public const int MaxConcepts = 5;

    public static IEndpointRouteBuilder MapConceptTrends(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/concepts").WithTags("Concepts").RequireAccess(AccessLevel.Aggregates).MapGet("/trends", Trends).WithName("ConceptTrends")
            .WithSummary("Cases linked to each concept (or one below it) per month, quarter or year, and to all of them together, from the graph; same shape and suppression as topic trends");
        return app;
    }

    /// <param name="concepts">comma-separated names, brands, abbreviations or ids, e.g. fentanyl,xylazine</param>
    private static async Task<Results<Ok<TrendsResponse>, ContentHttpResult, ValidationProblem>> Trends(IGraphStore graph, IndexingStatus status,
        CancellationToken ct, string? concepts = null, string? interval = null, string? from = null, string? to = null, string? format = null)
    {
        var errors = new Dictionary<string, string[]>();
        var options = TrendOptions.Parse(interval, from, to, format, errors);
        var names = (concepts ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (names.Length is 0 or > MaxConcepts) errors["concepts"] = [$"concepts must name 1 to {MaxConcepts} concepts, separated by commas"];
        var resolved = names.Take(MaxConcepts)
            .Select(n => FilterValidation.Concept("concepts", n, Enum.GetValues<ConceptKind>(), status.Vocabulary, errors)).ToList();
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        var found = resolved.OfType<Concept>().DistinctBy(c => c.Id).ToList();
        var ids = found.Select(c => c.Id).ToList();
        var months = ConceptTrends.Count(await graph.GetConceptCasesByMonthAsync(ids, ct), ids, options.From, options.To);
        var series = ConceptTrends.Series(ids);
        var table = Core.Search.Trends.Build(months, series, options.Interval, ConceptTrends.Nested(ids));
        var seriesNames = series.Select(s => new TrendSeries(s, string.Join(" + ", s.Split('+').Select(id => found.First(c => c.Id == id).Name)))).ToList();
        return TrendExport.Render(table, seriesNames, options.Format, "Case shares by concept");
    }
}
