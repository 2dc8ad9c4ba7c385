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

    /// <summary>What is wrong with these limits, one message per broken rule.</summary>
    public IEnumerable<string> Validate()
    {
        if (MaxBodyBytes < 1024) yield return $"{Section}:{nameof(MaxBodyBytes)} must be at least 1024";
        if (!(RequestTimeoutSeconds > 0)) yield return $"{Section}:{nameof(RequestTimeoutSeconds)} must be more than 0";
        if (PermitsPerSecond < 1) yield return $"{Section}:{nameof(PermitsPerSecond)} must be at least 1";
        if (BurstSeconds < 1) yield return $"{Section}:{nameof(BurstSeconds)} must be at least 1";
    }
}
