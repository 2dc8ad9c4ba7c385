using System.Globalization;
using CaseGraph.Api.Access;
using CaseGraph.Api.Search;
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

    private static async Task<Results<Ok<AuditPage>, ValidationProblem>> Read(AuditLog log, TimeProvider clock, CancellationToken ct,
        string? day = null, string? caller = null, int? limit = null, int? offset = null)
    {
        var errors = new Dictionary<string, string[]>();
        var paging = Paging.Validate(limit, offset, errors);
        var date = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (day is not null && !DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            errors["day"] = ["day must be a date like 2026-12-06"];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        using (var settle = CancellationTokenSource.CreateLinkedTokenSource(ct)) // entries of requests just answered
        {
            settle.CancelAfter(TimeSpan.FromSeconds(1));
            try { await log.FlushAsync(settle.Token); } catch (OperationCanceledException) when (!ct.IsCancellationRequested) { }
        }
        var entries = log.Files.Read(date).Where(e => caller is null || e.Caller == caller).Reverse().ToList();
        return TypedResults.Ok(new AuditPage(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), entries.Count, paging.Limit, paging.Offset,
            entries.Skip(paging.Offset).Take(paging.Limit).ToList()));
    }
}
