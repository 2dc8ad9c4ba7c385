using CaseGraph.Core.Corpus;
using Microsoft.Extensions.Logging;

namespace CaseGraph.Indexing.Pipeline;

/// <summary>
/// Logs each corpus problem once, on the run that first finds it, not again on every watch cycle; when the set of
/// problems changes it says how many persist and how many were fixed. A problem fixed and made again is new again.
/// </summary>
internal sealed class CorpusProblemLog(ILogger logger)
{
    private HashSet<CorpusError> _known = [];

    public void Log(IReadOnlyList<CorpusError> problems)
    {
        var current = problems.ToHashSet();
        var fresh = problems.Where(p => !_known.Contains(p)).Distinct().ToList();
        var fixedCount = _known.Count(p => !current.Contains(p));
        foreach (var problem in fresh) logger.LogWarning("Corpus problem, item skipped or corrected: {Error}", problem);
        if (fresh.Count > 0 || fixedCount > 0)
            logger.LogInformation("Corpus problems: {New} new, {Persisting} reported before and persisting, {Fixed} fixed",
                fresh.Count, current.Count - fresh.Count, fixedCount);
        _known = current;
    }
}
