using CaseGraph.Core.Corpus;

namespace CaseGraph.Indexing.Hosting;

/// <summary>Where the corpus and indexes are and how the worker runs. Bound from the "CaseGraph" section.</summary>
public sealed class IndexingOptions
{
    public const string Section = "CaseGraph";

    /// <summary>The corpus folder; defaults to corpus/ at the repository root (or the current folder).</summary>
    public string CorpusPath { get; set; } = RepositoryPaths.Default("corpus");

    /// <summary>Where the ledger, Lucene index, graph and models are written; defaults to indexes/.</summary>
    public string IndexesPath { get; set; } = RepositoryPaths.Default("indexes");

    /// <summary>Keep running and pick up new, changed and removed corpus files.</summary>
    public bool Watch { get; set; }

    public int WatchIntervalSeconds { get; set; } = 5;

    /// <summary>
    /// Run the indexing worker inside this host (the one-command start). False where a separate worker process
    /// owns the indexes (docker-compose): this host then only reads them.
    /// </summary>
    public bool RunWorker { get; set; } = true;

    /// <summary>Stop the host after the first run (the stand-alone worker without --watch).</summary>
    public bool ExitWhenDone { get; set; }

    /// <summary>Per-record limits (CaseGraph:CorpusLimits:MaxCaseFileBytes, ...): a record over one is reported and skipped.</summary>
    public CorpusLimits CorpusLimits { get; set; } = new();

    /// <summary>What is wrong with these options, one message per broken rule.</summary>
    public IEnumerable<string> Validate()
    {
        if (WatchIntervalSeconds is < 1 or > 3600) yield return $"{Section}:{nameof(WatchIntervalSeconds)} must be between 1 and 3600";
        if (!Directory.Exists(CorpusPath)) yield return $"{Section}:{nameof(CorpusPath)} (--corpus) must name an existing corpus folder";
        if (string.IsNullOrWhiteSpace(IndexesPath)) yield return $"{Section}:{nameof(IndexesPath)} (--indexes) must be set";
        if (CorpusLimits.Problems().Any()) yield return $"{Section}:{nameof(CorpusLimits)}: every limit must be positive and MaxShortTextLength at most MaxTextLength";
    }

    /// <summary>Command-line switches every host accepts.</summary>
    public static readonly IDictionary<string, string> SwitchMappings = new Dictionary<string, string>
    {
        ["--corpus"] = $"{Section}:{nameof(CorpusPath)}",
        ["--indexes"] = $"{Section}:{nameof(IndexesPath)}",
        ["--watch"] = $"{Section}:{nameof(Watch)}",
    };
}

/// <summary>Finds the repository root (the folder holding CaseGraph.sln) above the current folder.</summary>
public static class RepositoryPaths
{
    public static string Default(string folder)
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CaseGraph.sln"))) return Path.Combine(dir.FullName, folder);
        return Path.GetFullPath(folder);
    }
}
