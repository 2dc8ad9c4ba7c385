using CaseGraph.Evaluation.Search;

namespace CaseGraph.Quality;

/// <summary>The search quality command: the project's judged set, or any passage collection with TREC queries and qrels.</summary>
internal static class SearchCommand
{
    public static async Task<int> RunAsync(Func<string, string, string> arg)
    {
        var corpus = arg("corpus", "corpus");
        var passages = arg("passages", "");
        IReadOnlyList<JudgedQuery> queries;
        if (passages.Length > 0)
        {
            queries = JudgedQuery.LoadTrec(arg("trec-queries", ""), arg("qrels", ""));
            corpus = SearchEvaluation.PassageCorpus(corpus, passages);
        }
        else
        {
            queries = JudgedQuery.LoadJsonl(arg("queries", Path.Combine("bench", "quality")));
        }

        if (arg("pool", "") is { Length: > 0 } pool)
        {
            var (pooled, unjudged) = await JudgingPool.WriteAsync(corpus, queries, pool, int.Parse(arg("depth", "10")), CancellationToken.None);
            Console.WriteLine($"{queries.Count} queries: {pooled} candidates pooled (top {arg("depth", "10")} of each arm), {unjudged} not yet judged, written to {pool}");
            return 0;
        }
        if (arg("semantic", "") == "true")
        {
            var arms = await SemanticComparison.RunAsync(corpus, queries, arg("sweep", "") == "true", CancellationToken.None);
            Console.WriteLine($"{queries.Count} judged queries; corpus {corpus}; nDCG@10 (ratio to BM25) / R@20 / MRR");
            foreach (var kind in arms[0].Scores.Select(s => s.Kind))
            {
                var bm25 = arms[0].Scores.Single(s => s.Kind == kind).Ndcg10;
                Console.WriteLine($"{kind,-16}" + string.Join("", arms.Select(a => a.Scores.Single(s => s.Kind == kind))
                    .Select((s, i) => $"  {arms[i].Name}: {s.Ndcg10:F3} ({s.Ndcg10 / Math.Max(1e-9, bm25):F2}x) / {s.Recall20:F3} / {s.Mrr:F3}")));
            }
            return 0;
        }
        var report = await SearchEvaluation.RunAsync(corpus, queries, CancellationToken.None);
        Console.WriteLine($"{queries.Count} judged queries; corpus {corpus}");
        Console.WriteLine($"{"kind",-16}{"queries",8}  {"nDCG@10 BM25",13}{"CaseGraph",10}{"ratio",7}  {"R@20 BM25",10}{"CaseGraph",10}  {"MRR BM25",9}{"CaseGraph",10}");
        foreach (var b in report.Baseline)
        {
            var c = report.CaseGraph.Single(x => x.Kind == b.Kind);
            Console.WriteLine($"{b.Kind,-16}{b.Queries,8}  {b.Ndcg10,13:F3}{c.Ndcg10,10:F3}{c.Ndcg10 / Math.Max(1e-9, b.Ndcg10),7:F2}  " +
                $"{b.Recall20,10:F3}{c.Recall20,10:F3}  {b.Mrr,9:F3}{c.Mrr,10:F3}");
        }
        return 0;
    }
}
