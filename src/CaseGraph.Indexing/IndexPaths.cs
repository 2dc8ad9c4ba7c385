namespace CaseGraph.Indexing;

/// <summary>Where each derived store lives under the indexes folder.</summary>
/// <param name="QuarantineFolder">where held-back records are copied (CaseGraph:Quarantine:Folder); defaults to quarantine/ here</param>
public sealed record IndexPaths(string Root, string? QuarantineFolder = null)
{
    public string Ledger => Path.Combine(Root, "ledger.db");
    public string Lucene => Path.Combine(Root, "lucene");
    public string Graph => Path.Combine(Root, "graph.db");
    public string TopicModel => Path.Combine(Root, "models", "topics");
    public string Vectors => Path.Combine(Root, "vectors");
    public string Embeddings => Path.Combine(Root, "embeddings.db");

    /// <summary>The stand-alone worker's heartbeat, for container health checks (<c>casegraph-worker health</c>).</summary>
    public string Heartbeat => Path.Combine(Root, "worker.heartbeat");

    /// <summary>Where copies of records held back for identifiers are kept: never inside the corpus, which is only read.</summary>
    public string Quarantine => QuarantineFolder ?? Path.Combine(Root, "quarantine");
}
