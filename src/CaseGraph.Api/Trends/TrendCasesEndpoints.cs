using CaseGraph.Api.Access;
using CaseGraph.Api.Concepts;
using CaseGraph.Api.Hosting;
using CaseGraph.Api.Topics;
using CaseGraph.Core.Access;
using CaseGraph.Core.Graph;
using CaseGraph.Core.Model;
using CaseGraph.Core.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseGraph.Api.Trends;

/// <summary>
/// Drill-down: the cases behind one shown cell of a trend answer. Faculty only (a list of cases is a way into their
/// records); a withheld cell is never listed, so the list cannot reveal a count the chart hides.
/// </summary>
public static class TrendCasesEndpoints
{
    public static IEndpointRouteBuilder MapTrendCases(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/topics").WithTags("Topics").RequireAccess(AccessLevel.FacultyOnly).RequiresIndex()
            .MapGet("/trends/cases", TopicCell).WithName("TopicTrendCases")
            .WithSummary("The cases behind one shown cell of topic trends (faculty only; a hidden cell is a 400)");
        app.MapGroup("/api/concepts").WithTags("Concepts").RequireAccess(AccessLevel.FacultyOnly).RequiresIndex()
            .MapGet("/trends/cases", ConceptCell).WithName("ConceptTrendCases")
            .WithSummary("The cases behind one shown cell of concept trends (faculty only; a hidden cell is a 400)");
        return app;
    }

    private static Results<Ok<TrendCasesResponse>, ValidationProblem> TopicCell([AsParameters] TopicTrendCasesRequest request,
        ISearchView index, SearchModel model, CellRounding rounding, CancellationToken ct)
    {
        if (request.Validate(model.TopicNames) is { Count: > 0 } errors) return TypedResults.ValidationProblem(errors);
        var (interval, first, last) = TrendWindow.ParsePeriod(request.Period)!.Value;
        var table = TopicEndpoints.WholeTable(index, model, rounding, interval, request.Setting, ct);
        if (!TrendCellChecks.Shown(table, request.Period!, request.Topic!)) return Hidden();
        var page = index.Search(new IndexQuery
        {
            Kind = DocumentKind.Case, Topic = request.Topic, PresentedFrom = first, PresentedTo = last, Snippets = false, Limit = TrendCellChecks.MaxCases,
            FacetFilters = request.Setting is null ? new Dictionary<string, string>() : new Dictionary<string, string> { [Facets.Setting] = request.Setting },
        }, ct);
        return TypedResults.Ok(new TrendCasesResponse(request.Period!, request.Topic!, page.Total,
            Items(page)));
    }

    private static async Task<Results<Ok<TrendCasesResponse>, ValidationProblem>> ConceptCell([AsParameters] ConceptTrendCasesRequest request,
        IGraphStore graph, ISearchView index, SearchModel model, CellRounding rounding, CancellationToken ct)
    {
        if (request.Validate(model.Vocabulary) is { Count: > 0 } errors) return TypedResults.ValidationProblem(errors);
        var (interval, first, last) = TrendWindow.ParsePeriod(request.Period)!.Value;
        var ids = new ConceptTrendsRequest(request.Concepts).Resolve(model.Vocabulary).Select(c => c.Id).ToList();
        var links = await graph.GetConceptCasesByMonthAsync(ids, ct);
        if (!TrendCellChecks.Shown(ConceptTrendEndpoints.WholeTable(links, ids, rounding, interval), request.Period!, request.Series!)) return Hidden();
        var parts = request.Series!.Split('+');
        var caseIds = links.Links
            .Where(l => string.CompareOrdinal(l.Month, first) >= 0 && string.CompareOrdinal(l.Month, last) <= 0 && parts.Contains(l.ConceptId))
            .GroupBy(l => l.CaseId).Where(g => g.Select(l => l.ConceptId).Distinct().Count() == parts.Length)
            .Select(g => g.Key).Order(StringComparer.Ordinal).ToList();
        var page = index.Search(new IndexQuery
        {
            Kind = DocumentKind.Case, OnlyIds = caseIds.Take(TrendCellChecks.MaxCases).ToList(), Snippets = false, Limit = TrendCellChecks.MaxCases,
        }, ct);
        return TypedResults.Ok(new TrendCasesResponse(request.Period!, request.Series!, caseIds.Count,
            Items(page)));
    }

    private static List<TrendCaseItem> Items(IndexPage page) =>
        [.. page.Hits.Select(h => new TrendCaseItem(h.Id, h.Title)).OrderBy(c => c.CaseId, StringComparer.Ordinal)];

    private static ValidationProblem Hidden() =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["period"] = [TrendCellChecks.HiddenError] });
}
