namespace CaseGraph.Api.Hosting;

/// <summary>Section <c>CaseGraph:Limits</c>: what one request may cost.</summary>
public sealed class LimitsOptions
{
    public const string Section = "CaseGraph:Limits";

    /// <summary>Largest request body (a case text of 20,000 characters is at most 80 KB of UTF-8).</summary>
    public long MaxBodyBytes { get; set; } = 256 * 1024;

    /// <summary>A request still running after this long is stopped and answered 503.</summary>
    public double RequestTimeoutSeconds { get; set; } = 10;

    /// <summary>Requests a second per key (or per address for anonymous callers); a key's own PermitsPerSecond overrides it.</summary>
    public int PermitsPerSecond { get; set; } = 20;

    /// <summary>Requests a caller may make at once after a quiet spell, as a multiple of its rate.</summary>
    public int BurstSeconds { get; set; } = 2;
}
