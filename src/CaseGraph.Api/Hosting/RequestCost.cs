using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace CaseGraph.Api.Hosting;

/// <summary>Endpoint metadata: how many requests' worth of work one call does beyond the request itself, as a fixed
/// number plus one per kilobyte of body (a body without a Content-Length counts as the largest allowed).</summary>
public sealed record RequestCost(int Units, int PerKilobyte = 0)
{
    public int For(HttpRequest request, long maxBodyBytes) =>
        (int)Math.Min(int.MaxValue, Units + PerKilobyte * (((request.ContentLength ?? maxBodyBytes) + 1023) / 1024));
}

/// <summary>
/// Expensive requests weighted in the rate limit: besides the one permit every request takes, an endpoint with a
/// <see cref="RequestCost"/> takes its units from a second token bucket per caller, at the caller's own rate. A key
/// sending 20,000-character similar-case requests gets about one a second at the default 20, instead of more work
/// than the server can do, while its cheap searches go on.
/// </summary>
public static class RequestCosts
{
    public static TBuilder WithRequestCost<TBuilder>(this TBuilder builder, int units, int perKilobyte = 0) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new RequestCost(units, perKilobyte));

    public static IApplicationBuilder UseRequestCost(this IApplicationBuilder app)
    {
        var limits = app.ApplicationServices.GetRequiredService<IOptions<LimitsOptions>>().Value;
        var work = PartitionedRateLimiter.Create<HttpContext, string>(context =>
        {
            var (caller, permits) = RequestLimits.Caller(context, limits.PermitsPerSecond);
            return RateLimitPartition.GetTokenBucketLimiter($"{caller}/{permits}", _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = Capacity(permits, limits), TokensPerPeriod = permits, ReplenishmentPeriod = TimeSpan.FromSeconds(1), QueueLimit = 0,
            });
        });
        return app.Use(async (context, next) =>
        {
            if (context.GetEndpoint()?.Metadata.GetMetadata<RequestCost>() is not { } cost)
            {
                await next(context);
                return;
            }
            var permits = RequestLimits.Caller(context, limits.PermitsPerSecond).Permits;
            var units = Math.Min(cost.For(context.Request, limits.MaxBodyBytes), Capacity(permits, limits));
            using var lease = units == 0 ? null : work.AttemptAcquire(context, units);
            if (lease is { IsAcquired: false })
            {
                var seconds = Math.Max(1, (int)Math.Ceiling((double)units / permits));
                context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await ProblemResponses.WriteAsync(context, StatusCodes.Status429TooManyRequests, "Too many requests",
                    $"This request counts as {units + 1} requests (long texts and similar-case searches cost more); this caller may make " +
                    $"{permits} a second. Retry after {seconds} s.");
                return;
            }
            await next(context);
        });
    }

    private static int Capacity(int permits, LimitsOptions limits) => (int)Math.Min(int.MaxValue, (long)permits * limits.BurstSeconds);
}
