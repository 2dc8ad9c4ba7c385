using System.Globalization;
using CaseGraph.Lucene;

namespace CaseGraph.Api.Hosting;

/// <summary>
/// Until the searcher reads a commit of an indexing run, an endpoint that needs the index or its vocabulary would
/// answer as if the archive were empty (no hits, no concepts). Such endpoints answer 503 with a Retry-After instead,
/// as /health/ready does; health, the OpenAPI document and the pages are not gated.
/// </summary>
public static class FirstRunGate
{
    public const int RetryAfterSeconds = 5;
    public const string Title = "Not ready yet";
    public const string Detail = "CaseGraph is still indexing the archive; try again in a few seconds.";

    /// <summary>Whether the commit the searcher reads holds an indexing run (not the empty commit a new index starts with).</summary>
    public static bool HasIndexedRun(this LuceneSearchIndex index) => index.Model.Sequence > 0;

    /// <summary>Answers 503 (Retry-After) while no indexing run is readable; marks the endpoints for the OpenAPI document.</summary>
    public static TBuilder RequiresIndex<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new NeedsIndex()).AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            if (http.RequestServices.GetRequiredService<LuceneSearchIndex>().HasIndexedRun()) return await next(context);
            http.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            return TypedResults.Problem(title: Title, detail: Detail, statusCode: StatusCodes.Status503ServiceUnavailable);
        });
}

/// <summary>Endpoint metadata: the endpoint answers 503 until the first indexing run is readable.</summary>
public sealed class NeedsIndex;
