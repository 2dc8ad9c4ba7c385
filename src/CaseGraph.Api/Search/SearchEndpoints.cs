using CaseGraph.Api.Access;
using CaseGraph.Api.Auditing;
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
                "(\"90 MME\", \"MME>=90\": cases in that band rank first, nothing is filtered); `suggestion` offers a corrected query when a word is in no document. " +
                "`sort=date` lists newest first (presentation month or publication date; undated last; ties by id) over what the words and filters match.");
        app.MapGet("/api/search.csv", ExportAsync).WithTags("Search").RequireAccess(AccessLevel.Clinical).RequiresIndex()
            .Produces<string>(StatusCodes.Status200OK, "text/csv")
            .WithName("SearchCsv")
            .WithSummary($"The same search as a CSV table (up to {SearchCsv.MaxRows:N0} rows): id, kind, title, date, setting, source, section, url, score")
            .WithDescription("Takes the parameters of `/api/search`; no text or snippet is exported. Cells that a spreadsheet would read as a formula start with a single quote.");
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
        var result = await search.SearchAsync(q, request.ParsedSyntax(), request.Filters(vocabulary), limit, offset, ct, request.ParsedSort());
        return TypedResults.Ok(mapper.Search(result, limit, offset, q));
    }

    private static async Task<Results<ContentHttpResult, ValidationProblem>> ExportAsync([AsParameters] SearchRequest request,
        CombinedSearch search, SearchModel model, ResponseMapper mapper, HttpContext context, CancellationToken ct)
    {
        var vocabulary = model.Vocabulary;
        if (request.Validate(vocabulary, SearchCsv.MaxRows) is { Count: > 0 } errors) return TypedResults.ValidationProblem(errors);

        var (limit, offset) = (request.Limit ?? SearchCsv.MaxRows, request.Offset ?? 0);
        var result = await search.SearchAsync(request.Q ?? "", request.ParsedSyntax(), request.Filters(vocabulary), limit, offset, ct,
            request.ParsedSort(), snippets: false);
        var hits = mapper.Search(result, limit, offset, request.Q ?? "").Hits;
        context.Features.Get<ReturnedRecords>()?.Ids.AddRange(hits.Select(h => h.Id).Distinct(StringComparer.Ordinal));
        context.Response.Headers.ContentDisposition = "attachment; filename=\"casegraph-search.csv\"";
        return TypedResults.Text(SearchCsv.Write(hits.Select(h => new SearchCsvRow(h.Id, h.Kind, h.Title, h.Date, h.Setting,
            h.Citation?.Source, h.Citation?.Section, h.Citation?.Url, h.Score))), "text/csv");
    }
}
