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
}
