using CaseGraph.Api.Access;
using CaseGraph.Api.Hosting;
using CaseGraph.Core.Access;
using CaseGraph.Api.OpenApi;
using CaseGraph.Api.Search;
using CaseGraph.Api.Trends;
using CaseGraph.Core.Graph;
using CaseGraph.Core.Model;
using CaseGraph.Core.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseGraph.Api.Concepts;

public static class ConceptTrendEndpoints
{
    public static IEndpointRouteBuilder MapConceptTrends(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/concepts").WithTags("Concepts").RequireAccess(AccessLevel.Aggregates).RequiresIndex().MapGet("/trends", Trends).WithMetadata(TextExports.TrendFormats).WithName("ConceptTrends")
            .WithSummary("Cases linked to each concept (or one below it) per month, quarter or year, and to all of them together, from the graph; same shape and suppression as topic trends");
        return app;
    }

    /// <summary>
    /// Each concept's cells come from the whole archive and are rounded per cell, as topic trends are (see
    /// <see cref="Core.Search.Trends"/>); no complementary cell is withheld, since the caller picks the concepts and a
    /// cell must not show differently beside different neighbours.
    /// </summary>
    private static async Task<Results<Ok<TrendsResponse>, ContentHttpResult, FileContentHttpResult, ValidationProblem>> Trends([AsParameters] ConceptTrendsRequest request,
        IGraphStore graph, SearchModel model, CellRounding rounding, CancellationToken ct)
    {
        var vocabulary = model.Vocabulary;
        if (request.Validate(vocabulary) is { Count: > 0 } errors) return TypedResults.ValidationProblem(errors);

        var options = request.Options();
        var found = request.Resolve(vocabulary);
        var ids = found.Select(c => c.Id).ToList();
        var series = ConceptTrends.Series(ids);
        var table = WholeTable(await graph.GetConceptCasesByMonthAsync(ids, ct), ids, rounding, options.Interval);
        var seriesNames = series.Select(s => new TrendSeries(s, string.Join(" + ", s.Split('+').Select(id => found.First(c => c.Id == id).Name)))).ToList();
        return TrendExport.Render(Core.Search.Trends.Slice(table, options.From, options.To, series), seriesNames, options.Format, "Case shares by concept");
    }

    /// <summary>The published table of these concepts' trends for this interval (the whole archive).</summary>
    internal static TrendTable WholeTable(ConceptCasesByMonth links, IReadOnlyList<string> ids, CellRounding rounding, TrendInterval interval) =>
        Core.Search.Trends.Build(ConceptTrends.Count(links, ids, from: null, to: null), ConceptTrends.Series(ids), interval, ConceptTrends.Nested(ids),
            new TrendPublication(rounding, "concept", "all", ComplementaryCell: false));
}
