namespace CaseGraph.Indexing;

/// <summary>Where each derived store lives under the indexes folder.</summary>
public sealed record IndexPaths(string Root)
{
    public string Ledger => Path.Combine(Root, "ledger.db");
    public string Lucene => Path.Combine(Root, "lucene");
    public string Graph => Path.Combine(Root, "graph.db");
    public string TopicModel => Path.Combine(Root, "models", "topics");
    public string Vectors => Path.Combine(Root, "vectors");
    public string Embeddings => Path.Combine(Root, "embeddings.db");

    /// <summary>Where records holding identifiers wait: beside the corpus's own folders, so that nothing leaves the corpus tree.</summary>
    public string QuarantineFor(string corpusDirectory) => Path.Combine(corpusDirectory, "quarantine");
}
