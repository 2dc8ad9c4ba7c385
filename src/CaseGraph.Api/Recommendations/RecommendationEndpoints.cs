using CaseGraph.Api.Access;
using CaseGraph.Api.Hosting;
using CaseGraph.Core.Access;
using CaseGraph.Api.Contracts;
using CaseGraph.Core.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseGraph.Api.Recommendations;

public static class RecommendationEndpoints
{
    public static IEndpointRouteBuilder MapRecommendations(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/recommendations").WithTags("Recommendations").RequireAccess(AccessLevel.Clinical).RequiresIndex().MapGet("/", ListAsync)
            .WithName("Recommendations")
            .WithSummary("Hub recommendations naming a medication and/or condition (brand, generic, abbreviation or class), optionally matching text");
        return app;
    }

    public const int GuidelinesBeside = 5;

    /// <summary>An unparsable query is answered by the exception handler (400 "Invalid query").</summary>
    private static async Task<Results<Ok<RecommendationsResponse>, ValidationProblem>> ListAsync([AsParameters] RecommendationsRequest request,
        CombinedSearch search, SearchModel model, ResponseMapper mapper, CancellationToken ct)
    {
        var vocabulary = model.Vocabulary;
        if (request.Validate(vocabulary) is { Count: > 0 } errors) return TypedResults.ValidationProblem(errors);

        var (medication, condition) = request.Concepts(vocabulary);
        var (limit, offset) = request.Page();
        var result = await search.RecommendationsAsync(medication, condition, request.Q, limit, offset, ct);
        var guidelines = search.GuidelinesFor(result.Interpretation, request.Q, GuidelinesBeside, ct);
        return TypedResults.Ok(mapper.Recommendations(result, guidelines, limit, offset));
    }
}
