using CaseGraph.Core.Privacy;
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

    /// <summary>Where held-back records are copied (CaseGraph:Quarantine:Folder).</summary>
    public QuarantineOptions Quarantine { get; set; } = new();

    /// <summary>How sure a finding must be to hold a record back (CaseGraph:Screen:Threshold).</summary>
    public ScreenOptions Screen { get; set; } = new();

    /// <summary>Makes the corpus, indexes and quarantine paths absolute, read from <paramref name="workingFolder"/>.</summary>
    public void ResolvePaths(string workingFolder)
    {
        CorpusPath = ConfiguredPath.Resolve(CorpusPath, workingFolder)!;
        IndexesPath = ConfiguredPath.Resolve(IndexesPath, workingFolder)!;
        Quarantine.Folder = ConfiguredPath.Resolve(Quarantine.Folder, workingFolder);
    }

    /// <summary>What is wrong with these options, one message per broken rule.</summary>
    public IEnumerable<string> Validate()
    {
        foreach (var problem in Quarantine.Problems(CorpusPath)) yield return $"{Section}:{nameof(Quarantine)}:{problem}";
        if (Screen.Threshold is not (> 0 and <= 1)) yield return $"{Section}:{nameof(Screen)}:{nameof(ScreenOptions.Threshold)} must be above 0 and at most 1";
        if (WatchIntervalSeconds is < 1 or > 3600) yield return $"{Section}:{nameof(WatchIntervalSeconds)} must be between 1 and 3600";
        if (string.IsNullOrWhiteSpace(CorpusPath)) yield return $"{Section}:{nameof(CorpusPath)} (--corpus) must be set";
        else if (ConfiguredPath.NotAFolder(Path.GetFullPath(CorpusPath)) is { } problem)
            yield return $"{Section}:{nameof(CorpusPath)} (--corpus) must name an existing corpus folder: {problem}";
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

/// <summary>
/// The identifier screen's gate: a record is held back for a finding at least this sure (<see cref="PhiConfidence"/>:
/// 0.98 checked, 0.9 labelled, 0.75 shaped, 0.6 likely). The default 0.5 holds for every finding; 0.7 leaves the
/// likely ones out (fewer false holds, less recall: docs/identifier-screen.md).
/// </summary>
public sealed class ScreenOptions
{
    public double Threshold { get; set; } = PhiConfidence.DefaultThreshold;
}

/// <summary>The quarantine folder: unset means quarantine/ under the indexes folder.</summary>
public sealed class QuarantineOptions
{
    public string? Folder { get; set; }

    public IEnumerable<string> Problems(string corpusPath)
    {
        if (Folder is null) yield break;
        if (string.IsNullOrWhiteSpace(Folder)) yield return $"{nameof(Folder)} must name a folder when it is set";
        else if (IsWithin(Path.GetFullPath(Folder), Path.GetFullPath(corpusPath)))
            yield return $"{nameof(Folder)} must lie outside the corpus folder, which the worker only reads";
    }

    private static bool IsWithin(string path, string folder) =>
        Path.GetRelativePath(folder, path) is var relative && relative != ".." && !relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal)
        && !Path.IsPathRooted(relative);
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
