namespace CaseGraph.Core.Search;

/// <summary>Reciprocal rank fusion: score = sum over lists of 1 / (k + rank). Pure.</summary>
public static class RankFusion
{
    public const int DefaultK = 60;

    public static IReadOnlyList<(string Id, double Score)> Fuse(IEnumerable<IReadOnlyList<string>> rankings, int k = DefaultK) =>
        Fuse(rankings.Select(r => (r, 1.0)), k);

    /// <summary>Weighted fusion: each list's contribution is multiplied by its weight.</summary>
    public static IReadOnlyList<(string Id, double Score)> Fuse(IEnumerable<(IReadOnlyList<string> Ranking, double Weight)> rankings, int k = DefaultK)
    {
        var scores = new Dictionary<string, double>();
        foreach (var (ranking, weight) in rankings)
        {
            for (var rank = 0; rank < ranking.Count; rank++)
                scores[ranking[rank]] = scores.GetValueOrDefault(ranking[rank]) + weight / (k + rank + 1);
        }
        return scores.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => (kv.Key, kv.Value)).ToList();
    }
}
