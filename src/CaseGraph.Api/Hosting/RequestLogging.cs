using System.Diagnostics;
using System.Security.Claims;

namespace CaseGraph.Api.Hosting;

/// <summary>
/// One structured log line per request: its id (also sent back as <c>X-Request-Id</c>), the caller's key name,
/// the route template, status and time. Never the path's values, query string, headers or body, which may hold
/// clinical text.
/// </summary>
public static partial class RequestLogging
{
    public const string RequestIdHeader = "X-Request-Id";
    private static readonly HashSet<string> KnownMethods = ["GET", "POST", "PUT", "DELETE", "HEAD", "OPTIONS", "PATCH"];

    public static IApplicationBuilder UseRequestLogging(this IApplicationBuilder app)
    {
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger("CaseGraph.Requests");
        return app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() => // at send time: the exception handler clears headers set before it
            {
                context.Response.Headers[RequestIdHeader] = context.TraceIdentifier;
                return Task.CompletedTask;
            });
            var started = Stopwatch.GetTimestamp();
            try
            {
                await next(context);
            }
            finally
            {
                var route = RouteTemplate(context);
                var method = Method(context);
                Answered(logger, method, route, context.Response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                    context.TraceIdentifier, context.User.FindFirstValue(ClaimTypes.Name) ?? "unauthenticated");
            }
        });
    }

    /// <summary>The request's method, or OTHER for one no client of ours sends (its name is the caller's text).</summary>
    public static string Method(HttpContext context) => KnownMethods.Contains(context.Request.Method) ? context.Request.Method : "OTHER";

    /// <summary>The route template without a group's trailing slash (<c>/api/cases/{id}</c>), never the values in the path.</summary>
    public static string RouteTemplate(HttpContext context) =>
        (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText is { } raw ? (raw.Length > 1 ? raw.TrimEnd('/') : raw) : "(no route)";

    [LoggerMessage(Level = LogLevel.Information, Message = "{Method} {Route} answered {Status} in {ElapsedMs:F1} ms (request {RequestId}, caller {Caller})")]
    private static partial void Answered(ILogger logger, string method, string route, int status, double elapsedMs, string requestId, string caller);
}
