using CaseGraph.Core.Model;
using CaseGraph.Core.Search;
using CaseGraph.Core.Semantic;
using CaseGraph.Evaluation.Search;
using CaseGraph.Indexing.Corpus;
using CaseGraph.Indexing.Semantic;
using CaseGraph.Semantic;

namespace CaseGraph.Quality;

/// <summary>
/// What meaning adds, side by side in one run over one real index: plain BM25, CaseGraph without meaning, the
/// embeddings alone (the real vector store, each item scored by its best chunk), a plain reciprocal rank fusion of BM25
/// and the embeddings, and CaseGraph's hybrid (the code the API runs) under each fusion policy given.
/// </summary>
internal static class SemanticComparison
{
    public sealed record Arm(string Name, IReadOnlyList<IReadOnlyList<string>> Rankings);

    /// <summary>The hybrid's weights and rank constants tried by <c>search --semantic true --sweep true</c> (lexical 1), the same for every kind.</summary>
    public static readonly FusionWeights[] Sweep =
        [new(1, 1), new(1, 2), new(1, 3), new(1, 4), new(1, 6), new(1, 3, Concepts: 0.5), new(1, 3, Concepts: 2),
         new(1, 1, K: 20), new(1, 2, K: 20), new(1, 3, K: 20), new(1, 1, K: 10), new(1, 2, K: 10), new(1, 3, K: 10),
         new(1, 1, K: 5), new(1, 2, K: 5), new(1, 3, K: 5), new(1, 2, Concepts: 0.5, K: 10), new(1, 2, Concepts: 2, K: 10)];

    public static async Task<IReadOnlyList<(string Name, IReadOnlyList<KindScores> Scores)>> RunAsync(string corpus, IReadOnlyList<JudgedQuery> queries,
        bool sweep, CancellationToken ct)
    {
        IReadOnlyList<(string, FusionPolicy)> hybrids = sweep
            ? [.. Sweep.Select(w => ($"hybrid m={w.Meaning} c={w.Concepts} k={w.K}", (FusionPolicy)(_ => w)))]
            : [("CaseGraph hybrid", HybridFusion.Default)];
        return [.. (await RankingsAsync(corpus, queries, hybrids, ct)).Select(a => (a.Name, (IReadOnlyList<KindScores>)SearchEvaluation.Score(queries, a.Rankings)))];
    }

    /// <summary>Every arm's ranking of every query (in the order given), for scoring or for pooling candidates to judge.</summary>
    public static async Task<IReadOnlyList<Arm>> RankingsAsync(string corpus, IReadOnlyList<JudgedQuery> queries,
        IReadOnlyList<(string Name, FusionPolicy Policy)> hybrids, CancellationToken ct)
    {
        using var built = await EvaluationIndex.BuildAsync(corpus, ct);
        using var baseline = new BaselineIndex(built.Corpus);
        using var embedder = new ArcticXsEmbedder();
        Console.Error.WriteLine($"embedding the index's items with {embedder.ModelId} ...");
        var meaning = built.Embed(embedder, ct);
        var model = built.View.Model;

        var bm25 = queries.Select(q => SearchEvaluation.Bm25(baseline, q)).ToList();
        var dense = queries.Select(q => (IReadOnlyList<string>)meaning.Search(q.Kind == JudgedQuery.Recommendations ? q.KeywordText : q.Text ?? "",
            SearchEvaluation.KindOf(q), null, SearchEvaluation.Depth, ct).Select(h => h.Id).ToList()).ToList();
        async Task<Arm> Product(string name, CombinedSearch search) => new(name, await SearchEvaluation.RankAllAsync(search, model, queries, ct));
        var arms = new List<Arm>
        {
            new("BM25", bm25),
            await Product("CaseGraph lexical", built.Search()),
            new("embeddings", dense),
            new("RRF BM25+emb", [.. queries.Select((_, i) => Fused(bm25[i], dense[i]))]),
        };
        foreach (var (name, policy) in hybrids) arms.Add(await Product(name, built.Search(meaning, policy)));
        return arms;
    }

    private static IReadOnlyList<string> Fused(params IReadOnlyList<string>[] rankings) =>
        RankFusion.Fuse(rankings).Take(SearchEvaluation.Depth).Select(f => f.Id).ToList();
}
