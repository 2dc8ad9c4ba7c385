namespace CaseGraph.Graph.Neo4j;

/// <summary>Section <c>Graph:Neo4j</c>; the password comes from the environment (<c>Graph__Neo4j__Password</c>).</summary>
public sealed class Neo4jOptions
{
    public const string Section = "Graph:Neo4j";

    /// <summary>The HTTP endpoint, e.g. http://localhost:7474.</summary>
    public string Url { get; set; } = "http://localhost:7474";
    public string Database { get; set; } = "neo4j";
    public string User { get; set; } = "neo4j";
    public string Password { get; set; } = "";

    /// <summary>Attempts after a transient failure (server busy, connection refused, Neo.TransientError.*).</summary>
    public int MaxRetries { get; set; } = 4;

    /// <summary>Rows per UNWIND statement when writing.</summary>
    public int BatchSize { get; set; } = 1_000;

    /// <summary>How long one request may take before it fails (HttpClient.Timeout).</summary>
    public int RequestTimeoutSeconds { get; set; } = 100;

    /// <summary>What is wrong with these options, one message per broken rule (never the value: a URL may hold credentials).</summary>
    public IEnumerable<string> Validate()
    {
        if (!Uri.TryCreate(Url, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            yield return $"{Section}:{nameof(Url)} must be an http(s) address like http://localhost:7474";
        if (string.IsNullOrWhiteSpace(Database)) yield return $"{Section}:{nameof(Database)} must be set";
        if (MaxRetries is < 0 or > 20) yield return $"{Section}:{nameof(MaxRetries)} must be between 0 and 20";
        if (BatchSize is < 1 or > 100_000) yield return $"{Section}:{nameof(BatchSize)} must be between 1 and 100000";
        if (RequestTimeoutSeconds is < 1 or > 3_600) yield return $"{Section}:{nameof(RequestTimeoutSeconds)} must be between 1 and 3600";
    }
}
