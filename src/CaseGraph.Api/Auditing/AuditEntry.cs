namespace CaseGraph.Api.Auditing;

/// <summary>
/// One access to the API: who (the key's name, or anonymous), with which role, when, which endpoint (the route
/// template, never the values in the path or query), the answer, and the ids of the records it gave out.
/// </summary>
public sealed record AuditEntry(DateTimeOffset At, string Caller, string? Role, string Method, string Route, int Status,
    IReadOnlyList<string> RecordIds, string RequestId);

/// <summary>A response that gives out archive records, named by id for the audit log (not serialized to the client:
/// implement it explicitly).</summary>
public interface IGivesOutRecords
{
    IEnumerable<string> RecordIds { get; }
}
