using System.Globalization;
using CaseGraph.Api.Access;
using CaseGraph.Core.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseGraph.Api.Auditing;

public sealed record AuditPage(string Day, int Total, int Limit, int Offset, IReadOnlyList<AuditEntry> Entries);

public static class AuditEndpoints
{
    public static IEndpointRouteBuilder MapAudit(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/audit").WithTags("Audit").RequireAccess(AccessLevel.FacultyOnly).MapGet("/", Read).WithName("AuditLog")
            .WithSummary("The access audit log of one UTC day, newest first: who, when, which endpoint, the status and the record ids given out");
        return app;
    }

    private static async Task<Results<Ok<AuditPage>, ValidationProblem>> Read([AsParameters] AuditRequest request, AuditLog log,
        TimeProvider clock, CancellationToken ct)
    {
        if (request.Validate() is { Count: > 0 } errors) return TypedResults.ValidationProblem(errors);

        var date = request.Date(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        var (limit, offset) = request.Page();
        using (var settle = CancellationTokenSource.CreateLinkedTokenSource(ct)) // entries of requests just answered
        {
            settle.CancelAfter(TimeSpan.FromSeconds(1));
            try { await log.FlushAsync(settle.Token); } catch (OperationCanceledException) when (!ct.IsCancellationRequested) { }
        }
        var entries = log.Files.Read(date).Where(e => request.Caller is null || e.Caller == request.Caller).Reverse().ToList();
        return TypedResults.Ok(new AuditPage(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), entries.Count, limit, offset,
            entries.Skip(offset).Take(limit).ToList()));
    }
}
