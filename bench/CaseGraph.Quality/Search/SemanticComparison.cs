using CaseGraph.Core.Model;
using CaseGraph.Core.Search;
using CaseGraph.Core.Semantic;
using CaseGraph.Evaluation.Search;
using CaseGraph.Indexing.Corpus;
using CaseGraph.Semantic;

namespace CaseGraph.Quality;

/// <summary>
/// What sentence embeddings would add, measured before they are wired into the service: for every judged query, the
/// ranking of plain BM25, of CaseGraph today, of the embeddings alone (each item scored by its best chunk against the
/// query embedded with the model's query prefix) and reciprocal rank fusions of them, scored side by side.
/// </summary>
internal static class SemanticComparison
{
    public static async Task<IReadOnlyList<(string Name, IReadOnlyList<KindScores> Scores)>> RunAsync(string corpus, IReadOnlyList<JudgedQuery> queries,
        CancellationToken ct) =>
        [.. (await RankingsAsync(corpus, queries, ct)).Select(a => (a.Name, (IReadOnlyList<KindScores>)SearchEvaluation.Score(
            [.. queries.Select((q, i) => (q, a.Rankings[i]))])))];

    /// <summary>Every arm's ranking of every query (in the order given), for scoring or for pooling candidates to judge.</summary>
    public static async Task<IReadOnlyList<(string Name, IReadOnlyList<IReadOnlyList<string>> Rankings)>> RankingsAsync(string corpus,
        IReadOnlyList<JudgedQuery> queries, CancellationToken ct)
    {
        var runs = await SearchEvaluation.RankingsAsync(corpus, queries, ct);
        using var embedder = new ArcticXsEmbedder();
        var items = Items(CorpusReader.Read(corpus));
        Console.Error.WriteLine($"embedding {items.Count} items with {embedder.ModelId} ...");
        var embedded = items.Select(i => (i.Id, i.Kind, Chunks: embedder.Embed(i.Text, ct).Chunks.Select(c => c.Vector).ToList())).ToList();

        IReadOnlyList<string> Dense(JudgedQuery q)
        {
            var query = embedder.EmbedQuery(q.Kind == JudgedQuery.Recommendations ? q.KeywordText : q.Text ?? "", ct);
            var kind = SearchEvaluation.KindOf(q);
            return embedded.Where(e => e.Kind == kind && e.Chunks.Count > 0)
                .Select(e => (e.Id, Score: e.Chunks.Max(c => Dot(c, query))))
                .OrderByDescending(e => e.Score).ThenBy(e => e.Id, StringComparer.Ordinal)
                .Take(SearchEvaluation.Depth).Select(e => e.Id).ToList();
        }
        static IReadOnlyList<string> Fused(params IReadOnlyList<string>[] rankings) =>
            RankFusion.Fuse(rankings).Take(SearchEvaluation.Depth).Select(f => f.Id).ToList();

        var dense = runs.Select(r => Dense(r.Query)).ToList();
        IReadOnlyList<IReadOnlyList<string>> Arm(Func<int, IReadOnlyList<string>> ranking) => [.. runs.Select((_, i) => ranking(i))];
        return
        [
            ("BM25", Arm(i => runs[i].Bm25)),
            ("CaseGraph", Arm(i => runs[i].CaseGraph)),
            ("embeddings", Arm(i => dense[i])),
            ("RRF BM25+emb", Arm(i => Fused(runs[i].Bm25, dense[i]))),
            ("RRF CaseGraph+emb", Arm(i => Fused(runs[i].CaseGraph, dense[i]))),
        ];
    }

    /// <summary>What the service would embed: a case's title, summary and questions; a recommendation; a passage's title and text.</summary>
    public static List<(string Id, DocumentKind Kind, string Text)> Items(CorpusSnapshot corpus) =>
    [
        .. corpus.Cases.Select(c => (c.Item.Id, DocumentKind.Case, string.Join("\n", [c.Item.Summary, .. c.Item.Questions]))),
        .. corpus.Cases.SelectMany(c => c.Item.Recommendations).Select(r => (r.Id, DocumentKind.Recommendation, r.Text)),
        .. corpus.Passages.Select(p => (p.Item.Id, DocumentKind.Guideline, p.Item.Title + "\n" + p.Item.Text)),
    ];

    private static float Dot(float[] a, float[] b) => System.Numerics.Tensors.TensorPrimitives.Dot(a, b);
}
