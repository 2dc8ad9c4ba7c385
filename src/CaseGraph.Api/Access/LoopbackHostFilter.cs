using CaseGraph.Api.Hosting;
using CaseGraph.Core.Access;

namespace CaseGraph.Api.Access;

/// <summary>
/// DNS rebinding guard. While the service listens on loopback only (where callers without a key are served), a
/// request whose Host header names any other machine is refused with 400: a web page that points its own name at
/// 127.0.0.1 cannot reach the archive through the visitor's browser. Off loopback every caller needs a key, and
/// ASP.NET Core's <c>AllowedHosts</c> setting lists the names a deployment answers to.
/// </summary>
public static class LoopbackHostFilter
{
    public static IApplicationBuilder UseLoopbackHostFilter(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.RequestServices.GetRequiredService<ServerBindings>().LoopbackOnly && !IsLoopbackHost(context.Request))
        {
            await ProblemResponses.WriteAsync(context, StatusCodes.Status400BadRequest, "Host not served",
                "This service listens on loopback only and answers requests addressed to localhost, 127.0.0.1 or [::1].");
            return;
        }
        await next(context);
    });

    /// <summary>Whether the request was addressed to this machine by name or loopback address (any port).</summary>
    public static bool IsLoopbackHost(HttpRequest request) => request.Host.HasValue && Bindings.IsLoopbackHost(request.Host.Host);
}
