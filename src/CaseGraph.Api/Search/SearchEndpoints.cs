using CaseGraph.Api.Access;
using CaseGraph.Core.Access;
using CaseGraph.Api.Contracts;
using CaseGraph.Core.Model;
using CaseGraph.Core.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseGraph.Api.Search;

public static class SearchEndpoints
{
    public static IEndpointRouteBuilder MapSearch(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/search").WithTags("Search").RequireAccess(AccessLevel.Clinical).MapGet("/", SearchAsync)
            .WithName("Search")
            .WithSummary("Full-text search over cases, recommendations and guideline passages, expanded through the graph")
            .WithDescription("Default syntax `simple` answers any text (what is not syntax is read as words); `syntax=lucene` takes Lucene query syntax and answers an unparsable query with 400.");
        return app;
    }

    private static async Task<Results<Ok<SearchResponse>, ValidationProblem, ProblemHttpResult>> SearchAsync(
        CombinedSearch search, SearchModel model, ResponseMapper mapper, CancellationToken ct,
        string? q = null, string? kind = null, string? topic = null, string? syntax = null, int? limit = null, int? offset = null,
        double? minMme = null, double? maxMme = null, string? annotation = null,
        string? condition = null, string? medication = null, string? drugClass = null, string? intervention = null,
        string? mmeBand = null, string? setting = null, string? from = null, string? to = null)
    {
        var errors = new Dictionary<string, string[]>();
        var paging = Paging.Validate(limit, offset, errors);
        DocumentKind? documentKind = null;
        if (kind is not null)
        {
            if (DocumentKinds.TryParse(kind, out var k)) documentKind = k;
            else errors["kind"] = ["kind must be one of case, recommendation, guideline"];
        }
        var querySyntax = QuerySyntax.Simple;
        if (syntax is not null && !Enum.TryParse(syntax, ignoreCase: true, out querySyntax))
            errors["syntax"] = ["syntax must be simple or lucene"];
        if (minMme is < 0 || maxMme is < 0 || minMme > maxMme) errors["minMme"] = ["minMme and maxMme must be 0 or more, minMme <= maxMme"];
        var facets = new Dictionary<string, string>();
        var vocabulary = model.Vocabulary;
        foreach (var (facet, value, conceptKind) in new[] { (Facets.Condition, condition, ConceptKind.Condition), (Facets.Medication, medication, ConceptKind.Medication),
                     (Facets.DrugClass, drugClass, ConceptKind.DrugClass), (Facets.Intervention, intervention, ConceptKind.Intervention) })
        {
            if (FilterValidation.Concept(facet, value, [conceptKind], vocabulary, errors) is { } concept) facets[facet] = concept.Id;
        }
        if (mmeBand is not null)
        {
            if (mmeBand is "none" or "1-49" or "50-89" or "90+") facets[Facets.MmeBand] = mmeBand;
            else errors["mmeBand"] = ["mmeBand must be none, 1-49, 50-89 or 90+"];
        }
        FilterValidation.Setting(setting, errors);
        if (setting is not null) facets[Facets.Setting] = setting;
        FilterValidation.YearMonth("from", from, errors);
        FilterValidation.YearMonth("to", to, errors);
        if (q is { Length: > Paging.MaxQueryLength }) errors["q"] = [$"q may be at most {Paging.MaxQueryLength} characters"];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        try
        {
            var filters = new SearchFilters(documentKind, topic, minMme, maxMme, annotation, facets, from, to);
            var result = await search.SearchAsync(q ?? "", querySyntax, filters, paging.Limit, paging.Offset, ct);
            return TypedResults.Ok(mapper.Search(result, paging.Limit, paging.Offset));
        }
        catch (QuerySyntaxException ex)
        {
            return TypedResults.Problem(title: "Invalid query", detail: ex.Message, statusCode: StatusCodes.Status400BadRequest);
        }
    }
}
