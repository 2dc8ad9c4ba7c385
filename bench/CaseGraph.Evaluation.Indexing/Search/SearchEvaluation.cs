using CaseGraph.Core.Model;
using CaseGraph.Core.Search;
using CaseGraph.Indexing.Corpus;

namespace CaseGraph.Evaluation.Search;

public sealed record KindScores(string Kind, int Queries, double Ndcg10, double Recall20, double Mrr);

public sealed record SearchReport(IReadOnlyList<KindScores> Baseline, IReadOnlyList<KindScores> CaseGraph);

/// <summary>
/// Runs judged queries through plain BM25 and through CaseGraph's ranking (a real index built by the worker
/// pipeline in a temporary folder), side by side in one run.
/// </summary>
public static class SearchEvaluation
{
    public const int Depth = 20;

    /// <summary>What <c>medication=</c> of /api/recommendations may name.</summary>
    private static readonly ConceptKind[] MedicationKinds = [ConceptKind.Medication, ConceptKind.DrugClass];

    public static async Task<SearchReport> RunAsync(string corpusDirectory, IReadOnlyList<JudgedQuery> queries, CancellationToken ct)
    {
        var runs = await RankingsAsync(corpusDirectory, queries, ct);
        return new SearchReport(Score([.. runs.Select(r => (r.Query, r.Bm25))]), Score([.. runs.Select(r => (r.Query, r.CaseGraph))]));
    }

    /// <summary>Each query's ranking by plain BM25 and by CaseGraph, for comparisons that add rankings of their own.</summary>
    public static async Task<IReadOnlyList<(JudgedQuery Query, IReadOnlyList<string> Bm25, IReadOnlyList<string> CaseGraph)>> RankingsAsync(
        string corpusDirectory, IReadOnlyList<JudgedQuery> queries, CancellationToken ct)
    {
        using var built = await EvaluationIndex.BuildAsync(corpusDirectory, ct);
        using var baseline = new BaselineIndex(built.Corpus);
        var caseGraph = await RankAllAsync(built.Search(), built.View.Model, queries, ct);
        return [.. queries.Select((q, i) => (q, Bm25(baseline, q), caseGraph[i]))];
    }

    /// <summary>Plain BM25's ranking for a query, over the same documents.</summary>
    public static IReadOnlyList<string> Bm25(BaselineIndex baseline, JudgedQuery q) => baseline.Search(q.KeywordText, KindOf(q), Depth);

    /// <summary>CaseGraph's ranking for every query, in the order given.</summary>
    public static async Task<IReadOnlyList<IReadOnlyList<string>>> RankAllAsync(CombinedSearch search, SearchModel model,
        IReadOnlyList<JudgedQuery> queries, CancellationToken ct)
    {
        var rankings = new List<IReadOnlyList<string>>();
        foreach (var q in queries) rankings.Add(await RankAsync(search, model, q, ct));
        return rankings;
    }

    /// <summary>CaseGraph's ranking for a query, through the same code the API runs.</summary>
    public static async Task<IReadOnlyList<string>> RankAsync(CombinedSearch search, SearchModel model, JudgedQuery q, CancellationToken ct)
    {
        switch (q.Kind)
        {
            case JudgedQuery.SimilarCases:
                return (await search.SimilarToTextAsync(q.Text ?? "", Depth, ct)).Similar.Select(s => s.CaseId).ToList();
            case JudgedQuery.Recommendations:
                // Names are read as the API reads them (misspellings included); one it cannot read is refused (400,
                // pointing to /api/concepts) and the user's recourse is to type it as words, so the harness does that.
                var vocabulary = model.Vocabulary;
                var medication = q.Medication is null ? null : vocabulary.ResolveAsTyped(q.Medication, MedicationKinds);
                var condition = q.Condition is null ? null : vocabulary.ResolveAsTyped(q.Condition, [ConceptKind.Condition]);
                var words = string.Join(' ', new[] { medication is null ? q.Medication : null, condition is null ? q.Condition : null, q.Text }
                    .Where(w => !string.IsNullOrWhiteSpace(w)));
                var page = await search.RecommendationsAsync(medication, condition, words.Length == 0 ? null : words, Depth, 0, ct);
                return page.Page.Hits.Select(h => h.Id).ToList();
            default:
                var result = await search.SearchAsync(q.Text ?? "", QuerySyntax.Simple, new SearchFilters(DocumentKind.Guideline), Depth, 0, ct);
                return result.Page.Hits.Select(h => h.Id).ToList();
        }
    }

    public static DocumentKind KindOf(JudgedQuery q) => q.Kind switch
    {
        JudgedQuery.SimilarCases => DocumentKind.Case,
        JudgedQuery.Recommendations => DocumentKind.Recommendation,
        _ => DocumentKind.Guideline,
    };

    /// <summary>Scores per kind and overall of one ranking per query (in the order of the queries).</summary>
    public static List<KindScores> Score(IReadOnlyList<JudgedQuery> queries, IReadOnlyList<IReadOnlyList<string>> rankings) =>
        Score([.. queries.Select((q, i) => (q, rankings[i]))]);

    public static List<KindScores> Score(List<(JudgedQuery Query, IReadOnlyList<string> Ranking)> runs) =>
        runs.GroupBy(r => r.Query.Kind).Select(g => Scores(g.Key, g.ToList()))
            .Append(Scores("all", runs)).ToList();

    private static KindScores Scores(string kind, List<(JudgedQuery Query, IReadOnlyList<string> Ranking)> runs) => new(kind, runs.Count,
        runs.Average(r => RankingMetrics.NdcgAt(10, r.Ranking, r.Query.Judgments)),
        runs.Average(r => RankingMetrics.RecallAt(20, r.Ranking, r.Query.Judgments)),
        runs.Average(r => RankingMetrics.ReciprocalRank(r.Ranking, r.Query.Judgments)));

    /// <summary>A temporary corpus of just these passages, with the bundled vocabulary and topics.</summary>
    public static string PassageCorpus(string bundled, string passages)
    {
        var dir = Directory.CreateTempSubdirectory("casegraph-passages-").FullName;
        Directory.CreateDirectory(Path.Combine(dir, "guidelines"));
        Directory.CreateDirectory(Path.Combine(dir, "vocabulary"));
        File.Copy(passages, Path.Combine(dir, "guidelines", Path.GetFileName(passages)));
        foreach (var f in Directory.EnumerateFiles(Path.Combine(bundled, "vocabulary"), "*.tsv"))
            File.Copy(f, Path.Combine(dir, "vocabulary", Path.GetFileName(f)));
        File.Copy(Path.Combine(bundled, "topics.tsv"), Path.Combine(dir, "topics.tsv"));
        return dir;
    }
}
