namespace CaseGraph.Api.Auditing;

/// <summary>Section <c>CaseGraph:Audit</c>: where the access audit log is kept and for how long.</summary>
public sealed class AuditOptions
{
    public const string Section = "CaseGraph:Audit";

    /// <summary>The folder of the daily audit files; defaults to <c>audit/</c> under the indexes folder.</summary>
    public string? Folder { get; set; }

    /// <summary>A day's file that grows past this size continues in a numbered one (<c>audit-2026-12-06.1.jsonl</c>).</summary>
    public long MaxFileBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>Files older than this are deleted; HIPAA keeps such documentation six years.</summary>
    public int RetainDays { get; set; } = 6 * 366;

    public IEnumerable<string> Validate()
    {
        if (MaxFileBytes < 4096) yield return $"{Section}:MaxFileBytes must be at least 4096";
        if (RetainDays < 1) yield return $"{Section}:RetainDays must be at least 1";
    }
}
