using CaseGraph.Api.Access;
using CaseGraph.Api.Contracts;
using CaseGraph.Api.Hosting;
using CaseGraph.Core.Access;
using CaseGraph.Core.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseGraph.Api.Guidelines;

/// <summary>A guideline passage in full: published guidance, which every role may read.</summary>
public static class PassageEndpoints
{
    public static IEndpointRouteBuilder MapPassages(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/passages").WithTags("Guidelines").RequireAccess(AccessLevel.AnyRole).RequiresIndex().MapGet("/{id}", GetPassage)
            .WithName("GetPassage")
            .WithSummary("One guideline passage with its source, section and, when the corpus gives them, link, publication date and grade");
        return app;
    }

    private static Results<Ok<PassageResponse>, ProblemHttpResult> GetPassage(string id, ISearchView index, CancellationToken ct) =>
        index.GetPassage(id, ct) is { } passage
            ? TypedResults.Ok(ResponseMapper.Passage(passage))
            : TypedResults.Problem(title: "Passage not found", detail: "No guideline passage with this id is indexed.", statusCode: StatusCodes.Status404NotFound);
}
