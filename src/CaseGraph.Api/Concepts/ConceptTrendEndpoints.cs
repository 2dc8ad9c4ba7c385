using CaseGraph.Api.Access;
using CaseGraph.Core.Access;
using CaseGraph.Api.Search;
using CaseGraph.Api.Trends;
using CaseGraph.Core.Graph;
using CaseGraph.Core.Model;
using CaseGraph.Core.Search;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseGraph.Api.Concepts;

public static partial class ConceptTrendEndpoints
{
    public const int MaxConcepts = 5;

    public static IEndpointRouteBuilder MapConceptTrends(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/concepts").WithTags("Concepts").RequireAccess(AccessLevel.Aggregates).MapGet("/trends", Trends).WithName("ConceptTrends")
            .WithSummary("Cases linked to each concept (or one below it) per month, quarter or year, and to all of them together, from the graph; same shape and suppression as topic trends");
        return app;
    }

    /// <summary>
    /// Each concept's cells come from the whole archive and are rounded per cell, as topic trends are (see
    /// <see cref="Core.Search.Trends"/>); no complementary cell is withheld, since the caller picks the concepts and a
    /// cell must not show differently beside different neighbours.
    /// </summary>
    /// <param name="concepts">comma-separated names, brands, abbreviations or ids, e.g. fentanyl,xylazine</param>
    private static async Task<Results<Ok<TrendsResponse>, ContentHttpResult, ValidationProblem>> Trends(IGraphStore graph, SearchModel model,
        CellRounding rounding, CancellationToken ct, string? concepts = null, string? interval = null, string? from = null, string? to = null,
        string? format = null)
    {
        var errors = new Dictionary<string, string[]>();
        var options = TrendOptions.Parse(interval, from, to, format, errors);
        var names = (concepts ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (names.Length is 0 or > MaxConcepts) errors["concepts"] = [$"concepts must name 1 to {MaxConcepts} concepts, separated by commas"];
        var resolved = names.Take(MaxConcepts).Select(n => ConceptTermPattern().IsMatch(n) ? model.Vocabulary.Resolve(n) : null).ToList();
        if (resolved.IndexOf(null) is var unknown and >= 0)
            errors["concepts"] = [$"concept {unknown + 1} of the list is not a known concept's name, brand, abbreviation or id " +
                                  $"(letters, digits, spaces and - . ' / % #, at most {MaxTermLength} characters); /api/concepts?q= lists them"];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        var found = resolved.OfType<Concept>().DistinctBy(c => c.Id).ToList();
        var ids = found.Select(c => c.Id).ToList();
        var months = ConceptTrends.Count(await graph.GetConceptCasesByMonthAsync(ids, ct), ids, from: null, to: null);
        var series = ConceptTrends.Series(ids);
        var table = Core.Search.Trends.Build(months, series, options.Interval, ConceptTrends.Nested(ids),
            new TrendPublication(rounding, "concept", "all", ComplementaryCell: false));
        var seriesNames = series.Select(s => new TrendSeries(s, string.Join(" + ", s.Split('+').Select(id => found.First(c => c.Id == id).Name)))).ToList();
        return TrendExport.Render(Core.Search.Trends.Slice(table, options.From, options.To, series), seriesNames, options.Format, "Case shares by concept");
    }

    public const int MaxTermLength = 80;

    [GeneratedRegex(@"^[\p{L}\p{N}][\p{L}\p{N} .'/%#-]{0,79}$")]
    private static partial Regex ConceptTermPattern();
}
