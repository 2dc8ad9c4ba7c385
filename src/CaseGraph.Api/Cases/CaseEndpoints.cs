using CaseGraph.Api.Hosting;
using CaseGraph.Api.Access;
using CaseGraph.Core.Access;
using CaseGraph.Api.Contracts;
using CaseGraph.Api.Search;
using CaseGraph.Core.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseGraph.Api.Cases;

public static class CaseEndpoints
{
    public static IEndpointRouteBuilder MapCases(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/cases").WithTags("Cases").RequiresIndex();
        group.MapGet("/{id}", GetCase).RequireAccess(AccessLevel.FacultyOnly).WithName("GetCase").WithSummary("One case with its recommendations, concepts and topics");
        group.MapPost("/similar", SimilarToTextAsync).RequireAccess(AccessLevel.Clinical).WithRequestCost(2, perKilobyte: 1).WithName("SimilarToText")
            .WithSummary("Past cases like the text of a case about to be presented, each with its reasons and recommendations");
        group.MapGet("/{id}/similar", SimilarAsync).RequireAccess(AccessLevel.Clinical).WithRequestCost(4).WithName("SimilarCases")
            .WithSummary("Past cases like this one: text similarity fused with shared graph concepts, each with its reasons");
        return app;
    }

    private static Results<Ok<CaseResponse>, ProblemHttpResult> GetCase(string id, ISearchView index, ResponseMapper mapper, CancellationToken ct) =>
        index.GetCase(id, ct) is { } stored ? TypedResults.Ok(mapper.Case(stored)) : CaseNotFound(id);

    private static async Task<Results<Ok<SimilarCasesResponse>, ProblemHttpResult, ValidationProblem>> SimilarAsync(
        [AsParameters] SimilarCasesRequest request, CombinedSearch search, ResponseMapper mapper, CancellationToken ct)
    {
        if (request.Validate() is { Count: > 0 } errors) return TypedResults.ValidationProblem(errors);
        var similar = await search.SimilarCasesAsync(request.Id, request.Limit ?? SimilarCasesRequest.DefaultSimilar, ct);
        return similar is null ? CaseNotFound(request.Id) : TypedResults.Ok(mapper.SimilarCases(request.Id, similar));
    }

    private static async Task<Results<Ok<SimilarToTextResponse>, ValidationProblem>> SimilarToTextAsync(
        SimilarToTextRequest request, CombinedSearch search, ResponseMapper mapper, CancellationToken ct)
    {
        if (request.Validate() is { Count: > 0 } errors) return TypedResults.ValidationProblem(errors);
        return TypedResults.Ok(mapper.SimilarToText(await search.SimilarToTextAsync(request.Text!, request.Limit ?? SimilarCasesRequest.DefaultSimilar, ct)));
    }

    private static ProblemHttpResult CaseNotFound(string id) =>
        TypedResults.Problem(title: "Case not found", detail: $"No case with id '{id}' is indexed.", statusCode: StatusCodes.Status404NotFound);
}
