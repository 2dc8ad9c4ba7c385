using CaseGraph.Core.Corpus;

namespace CaseGraph.Indexing.Privacy;

/// <summary>
/// Records an earlier worker moved into <c>corpus/quarantine/</c>. The worker no longer reads, moves or deletes anything
/// there: it reports how many wait, so a coordinator can fix each and put it back into <c>cases/</c> or <c>guidelines/</c>.
/// </summary>
public static class LegacyQuarantine
{
    public const string Folder = "quarantine";

    public static IReadOnlyList<CorpusError> Problems(string corpusDirectory)
    {
        var folder = Path.Combine(corpusDirectory, Folder);
        if (ConfinedPath.IsLink(folder) || !Directory.Exists(folder)) return [];
        var waiting = Directory.EnumerateFiles(folder, "*" + QuarantineGate.ReportSuffix).Count();
        return waiting == 0 ? [] :
        [
            new CorpusError(Folder, 0, $"{waiting} record(s) wait in the old quarantine folder inside the corpus, which the worker no longer " +
                "reads: fix each and put it back into cases/ or guidelines/ by hand, then remove the folder"),
        ];
    }
}
