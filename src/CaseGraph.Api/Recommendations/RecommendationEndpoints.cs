using CaseGraph.Api.Access;
using CaseGraph.Core.Access;
using CaseGraph.Api.Contracts;
using CaseGraph.Api.Search;
using CaseGraph.Core.Model;
using CaseGraph.Core.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseGraph.Api.Recommendations;

public static class RecommendationEndpoints
{
    public static IEndpointRouteBuilder MapRecommendations(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/recommendations").WithTags("Recommendations").RequireAccess(AccessLevel.Clinical).MapGet("/", ListAsync)
            .WithName("Recommendations")
            .WithSummary("Hub recommendations naming a medication and/or condition (brand, generic, abbreviation or class), optionally matching text");
        return app;
    }

    public const int GuidelinesBeside = 5;

    private static async Task<Results<Ok<RecommendationsResponse>, ValidationProblem, ProblemHttpResult>> ListAsync(
        CombinedSearch search, SearchModel model, ResponseMapper mapper, CancellationToken ct,
        string? medication = null, string? condition = null, string? q = null, int? limit = null, int? offset = null)
    {
        var errors = new Dictionary<string, string[]>();
        var paging = Paging.Validate(limit, offset, errors);
        var vocabulary = model.Vocabulary;
        var med = FilterValidation.Concept("medication", medication, [ConceptKind.Medication, ConceptKind.DrugClass], vocabulary, errors);
        var cond = FilterValidation.Concept("condition", condition, [ConceptKind.Condition], vocabulary, errors);
        if (medication is null && condition is null && string.IsNullOrWhiteSpace(q))
            errors["medication"] = ["give a medication, a condition or q"];
        if (q is { Length: > Paging.MaxQueryLength }) errors["q"] = [$"q may be at most {Paging.MaxQueryLength} characters"];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        try
        {
            var result = await search.RecommendationsAsync(med, cond, q, paging.Limit, paging.Offset, ct);
            var guidelines = search.GuidelinesFor(result.Interpretation, q, GuidelinesBeside, ct);
            return TypedResults.Ok(mapper.Recommendations(result, guidelines, paging.Limit, paging.Offset));
        }
        catch (QuerySyntaxException ex)
        {
            return TypedResults.Problem(title: "Invalid query", detail: ex.Message, statusCode: StatusCodes.Status400BadRequest);
        }
    }
}
