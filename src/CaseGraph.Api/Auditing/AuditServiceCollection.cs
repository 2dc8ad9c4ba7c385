using System.Security.Claims;
using CaseGraph.Api.Hosting;
using CaseGraph.Indexing;
using CaseGraph.Indexing.Hosting;
using Microsoft.Extensions.Options;

namespace CaseGraph.Api.Auditing;

/// <summary>The ids a request gave out, filled by <see cref="ReturnedRecordsFilter"/> for the audit entry.</summary>
internal sealed class ReturnedRecords
{
    public List<string> Ids { get; } = [];
}

/// <summary>Notes which records an endpoint's answer gives out (responses that implement <see cref="IGivesOutRecords"/>).</summary>
internal sealed class ReturnedRecordsFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        if (ResponseValue(result) is IGivesOutRecords given && context.HttpContext.Features.Get<ReturnedRecords>() is { } returned)
            returned.Ids.AddRange(given.RecordIds.Distinct(StringComparer.Ordinal));
        return result;
    }

    /// <summary>The object a typed result sends (through a <c>Results&lt;...&gt;</c> union), or the result itself.</summary>
    internal static object? ResponseValue(object? result) =>
        (result is Microsoft.AspNetCore.Http.INestedHttpResult nested ? nested.Result : result) is IValueHttpResult valued ? valued.Value : result;
}

public static class AuditServiceCollection
{
    public static IServiceCollection AddCaseGraphAudit(this IServiceCollection services)
    {
        var workingFolder = Directory.GetCurrentDirectory();
        services.AddOptions<AuditOptions>().BindConfiguration(AuditOptions.Section)
            .PostConfigure(o => o.Folder = ConfiguredPath.Resolve(o.Folder, workingFolder))
            .ValidateRules(o => o.Validate()).ValidateOnStart();
        services.AddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IOptions<AuditOptions>>().Value;
            return new AuditFiles(o.Folder ?? Path.Combine(sp.GetRequiredService<IndexPaths>().Root, "audit"), o.MaxFileBytes, o.RetainDays);
        });
        services.AddSingleton<AuditLog>();
        services.AddHostedService(sp => sp.GetRequiredService<AuditLog>());
        return services;
    }

    /// <summary>One audit entry per request to the API and to <c>/health</c> (not the probes, pages or OpenAPI document),
    /// refusals included: who, when, which endpoint, the status, and the records given out.</summary>
    public static IApplicationBuilder UseAuditLog(this IApplicationBuilder app)
    {
        var log = app.ApplicationServices.GetRequiredService<AuditLog>();
        var clock = app.ApplicationServices.GetRequiredService<TimeProvider>();
        return app.Use(async (context, next) =>
        {
            var path = context.Request.Path;
            if (!path.StartsWithSegments("/api") && path != "/health" && path != "/health/")
            {
                await next(context);
                return;
            }
            var returned = new ReturnedRecords();
            context.Features.Set(returned);
            Exception? failure = null;
            try
            {
                await next(context);
            }
            catch (Exception ex)
            {
                failure = ex;
                throw;
            }
            finally
            {
                log.Record(new AuditEntry(clock.GetUtcNow(), context.User.FindFirstValue(ClaimTypes.Name) ?? "unauthenticated",
                    context.User.FindFirstValue(ClaimTypes.Role), RequestLogging.Method(context),
                    RequestLogging.RouteTemplate(context),
                    failure is null ? context.Response.StatusCode : BadRequestExceptionHandler.StatusFor(failure), returned.Ids, context.TraceIdentifier));
            }
        });
    }
}
