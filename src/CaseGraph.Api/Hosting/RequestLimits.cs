using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using CaseGraph.Api.Access;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;
using CaseGraph.Indexing.Hosting;

namespace CaseGraph.Api.Hosting;

/// <summary>Body size, per-caller rate and request time limits; every refusal is a ProblemDetails that says why.</summary>
public static class RequestLimits
{
    /// <summary>Probes an orchestrator calls often; never rate limited.</summary>
    private static readonly PathString[] Probes = ["/health/live", "/health/ready"];

    public static IServiceCollection AddCaseGraphLimits(this IServiceCollection services)
    {
        services.AddOptions<LimitsOptions>().BindConfiguration(LimitsOptions.Section).ValidateRules(o => o.Validate()).ValidateOnStart();
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<LimitsOptions>>((k, limits) => k.Limits.MaxRequestBodySize = limits.Value.MaxBodyBytes);
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<LimitsOptions>>((o, options) => RateLimit(o, options.Value));
        services.AddRequestTimeouts(_ => { });
        services.AddOptions<RequestTimeoutOptions>().Configure<IOptions<LimitsOptions>>((o, options) => o.DefaultPolicy = TimeoutPolicy(options.Value));
        return services;
    }

    /// <summary>One token bucket per caller (see <see cref="Caller"/>); the probes are never limited.</summary>
    private static void RateLimit(RateLimiterOptions o, LimitsOptions limits)
    {
        o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
        {
            if (Probes.Contains(context.Request.Path)) return RateLimitPartition.GetNoLimiter("probe");
            var (caller, permits) = Caller(context, limits.PermitsPerSecond);
            return RateLimitPartition.GetTokenBucketLimiter($"{caller}/{permits}", _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = permits * limits.BurstSeconds,
                TokensPerPeriod = permits,
                ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                QueueLimit = 0,
            });
        });
        o.OnRejected = async (rejected, ct) =>
        {
            var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromSeconds(1);
            var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
            rejected.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            await ProblemResponses.WriteAsync(rejected.HttpContext, StatusCodes.Status429TooManyRequests, "Too many requests",
                $"This caller may make {Caller(rejected.HttpContext, limits.PermitsPerSecond).Permits} requests a second; retry after {seconds} s.");
        };
    }

    private static RequestTimeoutPolicy TimeoutPolicy(LimitsOptions limits) => new()
    {
        Timeout = TimeSpan.FromSeconds(limits.RequestTimeoutSeconds),
        TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable,
        WriteTimeoutResponse = context => ProblemResponses.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, "Request timed out",
            $"The request took longer than {limits.RequestTimeoutSeconds:0.#} s and was stopped; narrow the query or retry later."),
    };

    /// <summary>Bodies up to this size are read to the end before a 413, so a client still sending gets the answer
    /// instead of a reset connection; larger ones close the connection.</summary>
    private const long DrainLimit = 8 * 1024 * 1024;

    /// <summary>Refuses a body larger than the limit from its Content-Length at once (Kestrel also stops bodies without one).</summary>
    public static IApplicationBuilder UseBodySizeLimit(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var max = context.RequestServices.GetRequiredService<IOptions<LimitsOptions>>().Value.MaxBodyBytes;
        var length = context.Request.ContentLength;
        if (length is null || length <= max)
        {
            await next(context);
            return;
        }
        if (length <= DrainLimit && context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = DrainLimit;
            await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted);
        }
        else
        {
            context.Response.Headers.Connection = "close";
        }
        await ProblemResponses.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, "Request body too large",
            $"The body has {length} bytes; at most {max} are accepted.");
    });

    /// <summary>Whom a request is counted against: its key, or one bucket for every anonymous caller (anonymous
    /// callers are all on this machine, and 127.0.0.2, .3, ... must not each get a fresh bucket).</summary>
    internal static (string Caller, int Permits) Caller(HttpContext context, int defaultPermits)
    {
        if (context.User.Identity?.IsAuthenticated == true && context.User.Identity.Name is { } name && name != ApiKeyAuthenticationHandler.AnonymousName)
        {
            var own = context.User.FindFirstValue(ApiKeyAuthenticationHandler.PermitsClaim);
            return ("key:" + name, own is not null && int.TryParse(own, CultureInfo.InvariantCulture, out var p) ? p : defaultPermits);
        }
        return ("anonymous", defaultPermits);
    }
}
