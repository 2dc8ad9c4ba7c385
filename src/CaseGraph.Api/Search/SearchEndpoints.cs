using CaseGraph.Api.Access;
using CaseGraph.Api.Hosting;
using CaseGraph.Core.Access;
using CaseGraph.Api.Contracts;
using CaseGraph.Core.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseGraph.Api.Search;

public static class SearchEndpoints
{
    public static IEndpointRouteBuilder MapSearch(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/search").WithTags("Search").RequireAccess(AccessLevel.Clinical).RequiresIndex().MapGet("/", SearchAsync)
            .WithName("Search")
            .WithSummary("Full-text search over cases, recommendations and guideline passages, expanded through the graph")
            .WithDescription("Default syntax `simple` answers any text (what is not syntax is read as words); `syntax=lucene` takes Lucene query syntax and answers an unparsable query with 400. " +
                "The query is also read for interventions named with its concepts (\"tapering oxycodone\" is opioid tapering) and for a daily MME " +
                "(\"90 MME\", \"MME>=90\": cases in that band rank first, nothing is filtered); `suggestion` offers a corrected query when a word is in no document.");
        return app;
    }

    /// <summary>An unparsable Lucene query is answered by the exception handler (400 "Invalid query").</summary>
    private static async Task<Results<Ok<SearchResponse>, ValidationProblem>> SearchAsync([AsParameters] SearchRequest request,
        CombinedSearch search, SearchModel model, ResponseMapper mapper, CancellationToken ct)
    {
        var vocabulary = model.Vocabulary;
        if (request.Validate(vocabulary) is { Count: > 0 } errors) return TypedResults.ValidationProblem(errors);

        var (limit, offset) = request.Page();
        var q = request.Q ?? "";
        var result = await search.SearchAsync(q, request.ParsedSyntax(), request.Filters(vocabulary), limit, offset, ct);
        return TypedResults.Ok(mapper.Search(result, limit, offset, q));
    }
}
