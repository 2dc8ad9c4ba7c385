using CaseGraph.Core.Model;
using CaseGraph.Core.Semantic;

namespace CaseGraph.Core.Search;

/// <summary>How much each ranking counts in a fused ranking (weighted reciprocal rank fusion): the lexical one, the one by
/// meaning and, for similar cases, the graph's ranking by shared concepts; and the rank constant k of 1 / (k + rank).</summary>
public sealed record FusionWeights(double Lexical, double Meaning, double Concepts = 1, int K = RankFusion.DefaultK);

/// <summary>The fusion weights per kind of document searched (null: every kind at once).</summary>
public delegate FusionWeights FusionPolicy(DocumentKind? kind);

/// <summary>An item of a fused ranking: its fused score, its place in the lexical ranking (null when only meaning found it) and its match in meaning.</summary>
public sealed record FusedItem(string Id, double Score, int? LexicalRank, SemanticHit? Meaning);

/// <summary>
/// Fuses the lexical ranking (BM25 with the graph's concept boosts) with the ranking by meaning, by weighted reciprocal
/// rank (k from the weights, <see cref="RankConstant"/> by default): robust to the two scores' different scales, and an item high in either list rises. Pure.
/// </summary>
public static class HybridFusion
{
    /// <summary>Weights per kind, chosen on the project's judged set and confirmed on the blind one (docs/search-quality.md).</summary>
    public static readonly FusionPolicy Default = For;

    /// <summary>
    /// Lexical 1 and meaning 2, except for recommendations (1), where a drug or condition filter has already narrowed
    /// them and the words matter as much; rank constant k = 10, which lets each ranking's first few places count more
    /// than the customary 60. Chosen by <c>casegraph-quality search --semantic true --sweep true</c> on bench/quality:
    /// every kind gained from k = 60 to 20 to 10 and no more at 5; among weights, the middle of the flat range.
    /// </summary>
    public static FusionWeights For(DocumentKind? kind) => new(1, kind == DocumentKind.Recommendation ? 1 : 2, K: RankConstant);

    public const int RankConstant = 10;

    public static IReadOnlyList<FusedItem> Fuse(IReadOnlyList<string> lexical, IReadOnlyList<SemanticHit> meaning, FusionWeights weights)
    {
        var lexicalRank = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < lexical.Count; i++) lexicalRank.TryAdd(lexical[i], i);
        var byId = new Dictionary<string, SemanticHit>(StringComparer.Ordinal);
        foreach (var hit in meaning) byId.TryAdd(hit.Id, hit);
        return RankFusion.Fuse([(lexical, weights.Lexical), (meaning.Select(h => h.Id).ToList(), weights.Meaning)], weights.K)
            .Select(f => new FusedItem(f.Id, f.Score, lexicalRank.TryGetValue(f.Id, out var r) ? r : null, byId.GetValueOrDefault(f.Id)))
            .ToList();
    }

    /// <summary>The fused ranking followed by the rest of the lexical ranking (those not already in it), each scored
    /// below the last fused item and in lexical order.</summary>
    public static IEnumerable<FusedItem> Continue(IReadOnlyList<FusedItem> fused, IReadOnlyList<string> lexicalBelow)
    {
        var seen = fused.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        var floor = fused.Count == 0 ? 1 : fused.Min(f => f.Score);
        var rank = fused.Count;
        var tail = lexicalBelow.Where(seen.Add).Select((id, i) => new FusedItem(id, floor * rank / (rank + i + 1.0), rank + i, null));
        return fused.Concat(tail);
    }
}
