using CaseGraph.Core.Search;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace CaseGraph.Api.Hosting;

/// <summary>
/// Turns errors in the request rather than the server (a parameter that does not bind, a body too large, an
/// unparsable Lucene query) into a ProblemDetails with their own status code and message, instead of a 500. The one
/// place these exceptions are mapped: handlers let them through.
/// </summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    /// <summary>The problem an exception answers with, or null when it is the server's fault (a 500).</summary>
    public static ProblemDetails? ProblemFor(Exception exception) => exception switch
    {
        BadHttpRequestException bad when UnparsedParameter.From(bad.Message) is { } unparsed => unparsed.Problem(),
        BadHttpRequestException bad => new() { Status = bad.StatusCode, Title = "Bad request", Detail = bad.Message },
        QuerySyntaxException syntax => new() { Status = StatusCodes.Status400BadRequest, Title = "Invalid query", Detail = syntax.Message },
        _ => null,
    };

    /// <summary>The status a request that threw is answered with.</summary>
    public static int StatusFor(Exception exception) => ProblemFor(exception)?.Status ?? StatusCodes.Status500InternalServerError;

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        if (ProblemFor(exception) is not { } problem) return false;
        context.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, Exception = exception, ProblemDetails = problem });
    }
}
