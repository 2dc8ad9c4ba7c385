using CaseGraph.Core.Model;
using CaseGraph.Core.Search;
using CaseGraph.Core.Semantic;
using CaseGraph.Evaluation.Search;
using CaseGraph.Indexing.Corpus;
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

    /// <summary>The hybrid's weights tried by <c>search --semantic true --sweep true</c> (lexical 1), the same for every kind.</summary>
    public static readonly FusionWeights[] Sweep =
        [new(1, 1), new(1, 1.5), new(1, 2), new(1, 3), new(1, 4), new(1, 6), new(1, 3, Concepts: 0.5), new(1, 3, Concepts: 2), new(1, 4, Concepts: 2)];

    public static async Task<IReadOnlyList<(string Name, IReadOnlyList<KindScores> Scores)>> RunAsync(string corpus, IReadOnlyList<JudgedQuery> queries,
        bool sweep, CancellationToken ct)
    {
        IReadOnlyList<(string, FusionPolicy)> hybrids = sweep
            ? [.. Sweep.Select(w => ($"hybrid m={w.Meaning} c={w.Concepts}", (FusionPolicy)(_ => w)))]
            : [("CaseGraph hybrid", HybridFusion.Default)];
        return [.. (await RankingsAsync(corpus, queries, hybrids, ct)).Select(a => (a.Name, (IReadOnlyList<KindScores>)SearchEvaluation.Score(
            [.. queries.Select((q, i) => (q, a.Rankings[i]))])))];
    }

    /// <summary>Every arm's ranking of every query (in the order given), for scoring or for pooling candidates to judge.</summary>
    public static async Task<IReadOnlyList<Arm>> RankingsAsync(string corpus, IReadOnlyList<JudgedQuery> queries,
        IReadOnlyList<(string Name, FusionPolicy Policy)> hybrids, CancellationToken ct)
    {
        using var built = await EvaluationIndex.BuildAsync(corpus, ct);
        using var baseline = new BaselineIndex(built.Corpus);
        using var embedder = new ArcticXsEmbedder();
        var meaning = await EmbedAsync(built, embedder, ct);
        var model = built.View.Model;

        var bm25 = queries.Select(q => baseline.Search(q.KeywordText, SearchEvaluation.KindOf(q), SearchEvaluation.Depth)).ToList();
        var dense = queries.Select(q => (IReadOnlyList<string>)meaning.Search(q.Kind == JudgedQuery.Recommendations ? q.KeywordText : q.Text ?? "",
            SearchEvaluation.KindOf(q), null, SearchEvaluation.Depth, ct).Select(h => h.Id).ToList()).ToList();
        async Task<Arm> Product(string name, CombinedSearch search)
        {
            var rankings = new List<IReadOnlyList<string>>();
            foreach (var q in queries) rankings.Add(await SearchEvaluation.RankAsync(search, model, q, ct));
            return new Arm(name, rankings);
        }
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

    /// <summary>Embeds the index's items as the worker does and reads them back through the service's vector store.</summary>
    private static async Task<ISemanticView> EmbedAsync(EvaluationIndex built, ArcticXsEmbedder embedder, CancellationToken ct)
    {
        var items = Items(built.Corpus);
        Console.Error.WriteLine($"embedding {items.Count} items with {embedder.ModelId} ...");
        var sequence = built.View.Model.Sequence;
        var folder = Path.Combine(built.Folder, "vectors");
        VectorStoreFiles.Write(folder, sequence, embedder.ModelId, embedder.Dimensions, items.Count,
            items.Select(i => (i.Id, i.Kind, embedder.Embed(i.Text, ct))), ct);
        var index = new SemanticIndex(folder, embedder);
        index.Refresh(sequence);
        await Task.CompletedTask;
        return index.Pin(sequence);
    }

    private static IReadOnlyList<string> Fused(params IReadOnlyList<string>[] rankings) =>
        RankFusion.Fuse(rankings).Take(SearchEvaluation.Depth).Select(f => f.Id).ToList();

    /// <summary>What the service embeds (<see cref="SemanticText"/>): a case's title and search text; a recommendation; a passage's title and text.</summary>
    public static List<SemanticItem> Items(CorpusSnapshot corpus) =>
    [
        .. corpus.Cases.Select(c => new SemanticItem(c.Item.Id, DocumentKind.Case, SemanticText.Of(DocumentKind.Case, c.Item.Title, c.Item.SearchText))),
        .. corpus.Cases.SelectMany(c => c.Item.Recommendations).Select(r => new SemanticItem(r.Id, DocumentKind.Recommendation, r.Text)),
        .. corpus.Passages.Select(p => new SemanticItem(p.Item.Id, DocumentKind.Guideline, SemanticText.Of(DocumentKind.Guideline, p.Item.Title, p.Item.Text))),
    ];
}
