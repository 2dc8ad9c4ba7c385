namespace CaseGraph.Indexing.Semantic;

/// <summary>Search by meaning, section <c>CaseGraph:Semantic</c>: whether the worker embeds the archive, and how often it
/// publishes the vectors embedded so far while a run fills in.</summary>
public sealed class SemanticOptions
{
    public const string Section = "CaseGraph:Semantic";

    /// <summary>False: nothing is embedded and search stays lexical, as before issue 19.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>While a run is embedded, a partial vector file is written this often (seconds).</summary>
    public int PartialWriteSeconds { get; set; } = 15;

    public IEnumerable<string> Validate()
    {
        if (PartialWriteSeconds is < 1 or > 3600) yield return $"{Section}:{nameof(PartialWriteSeconds)} must be between 1 and 3600";
    }
}
