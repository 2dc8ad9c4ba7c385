using CaseGraph.Api.Access;
using CaseGraph.Api.Auditing;
using CaseGraph.Core.Access;
using CaseGraph.Indexing.Ledger;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseGraph.Api.Privacy;

public sealed record HeldFindingResponse(string Field, string Kind, int Start, int End, double Confidence);

/// <summary>A record held back for identifiers: what was found where, never the identifier itself.</summary>
public sealed record HeldRecordResponse(string Id, string Kind, DateTimeOffset HeldAt, IReadOnlyList<HeldFindingResponse> Findings);

/// <param name="Released">records a reviewer released with the worker's release command (indexed as they are)</param>
public sealed record QuarantineResponse(int Held, int Released, IReadOnlyList<HeldRecordResponse> Records) : IGivesOutRecords
{
    IEnumerable<string> IGivesOutRecords.RecordIds => Records.Select(r => r.Id);
}

public static class QuarantineEndpoints
{
    public static IEndpointRouteBuilder MapQuarantine(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/quarantine").WithTags("Privacy").RequireAccess(AccessLevel.FacultyOnly).MapGet("/", ListAsync).WithName("Quarantine")
            .WithSummary("Records held back for identifiers, from the ledger: id, kind, and the kind, field and offsets of each finding (never the identifier)");
        return app;
    }

    private static async Task<Ok<QuarantineResponse>> ListAsync(HeldRecords ledger, CancellationToken ct)
    {
        var all = await ledger.AllAsync(ct);
        var held = all.Where(h => !h.Released)
            .Select(h => new HeldRecordResponse(h.Id, h.Kind, h.HeldAt, [.. h.Findings.Select(f => new HeldFindingResponse(f.Field, f.Kind, f.Start, f.End, f.Confidence))]))
            .ToList();
        return TypedResults.Ok(new QuarantineResponse(held.Count, all.Count - held.Count, held));
    }
}
