using System.Buffers;

namespace CaseGraph.Core.Graph;

/// <summary>One part of an archive (a segment of the index) in memory: its cases, and per concept the cases linked to it. Immutable.</summary>
/// <param name="caseIds">case id by ordinal</param>
/// <param name="byConcept">concept id -> ordinals of the cases linked to it, ascending</param>
public sealed class CaseConceptPostings(IReadOnlyList<string> caseIds, IReadOnlyDictionary<string, int[]> byConcept)
{
    public static CaseConceptPostings Empty { get; } = new([], new Dictionary<string, int[]>());

    public IReadOnlyList<string> CaseIds => caseIds;

    public int[] Of(string conceptId) => byConcept.TryGetValue(conceptId, out var ordinals) ? ordinals : [];
}

/// <summary>A part's postings as one commit sees them: which of its cases are live (null: all), and which one to leave out.</summary>
public sealed record LivePostings(CaseConceptPostings Postings, Func<int, bool>? IsLive = null, int? Excluded = null)
{
    public bool Counts(int ordinal) => ordinal != Excluded && (IsLive is null || IsLive(ordinal));
}

/// <summary>
/// <see cref="ConceptOverlapScoring.Rank"/> without a row per shared concept: each concept's IDF weight is added to an array
/// over the cases of each part, in concept id order, so every score is the same double the row-wise ranking sums, and ties
/// go to the smaller case id. An excluded case still counts towards the frequencies, as the case itself does in the graph.
/// </summary>
public static class ConceptOverlapAccumulator
{
    public static IReadOnlyList<ConceptOverlap> Rank(IReadOnlyList<LivePostings> parts, IEnumerable<string> conceptIds, int limit, CancellationToken ct)
    {
        if (limit <= 0) return [];
        var total = parts.Sum(p => (long)(p.IsLive is null ? p.Postings.CaseIds.Count : Enumerable.Range(0, p.Postings.CaseIds.Count).Count(p.IsLive)));
        var weighted = conceptIds.Distinct().Order(StringComparer.Ordinal)
            .Select(c => (Concept: c, Df: parts.Sum(p => (long)(p.IsLive is null ? p.Postings.Of(c).Length : p.Postings.Of(c).Count(p.IsLive)))))
            .Where(c => c.Df > 0)
            .Select(c => (c.Concept, Weight: ConceptOverlapScoring.Weight(c.Df, total))).ToList();

        var best = new PriorityQueue<(int Part, int Ordinal), (double Score, string Id)>(WorstFirst.Instance);
        for (var p = 0; p < parts.Count; p++)
        {
            ct.ThrowIfCancellationRequested();
            var part = parts[p];
            var count = part.Postings.CaseIds.Count;
            var scores = ArrayPool<double>.Shared.Rent(Math.Max(1, count));
            try
            {
                Array.Clear(scores, 0, count);
                foreach (var (concept, weight) in weighted)
                    foreach (var ordinal in part.Postings.Of(concept)) scores[ordinal] += weight;
                for (var ordinal = 0; ordinal < count; ordinal++)
                {
                    if (scores[ordinal] == 0 || !part.Counts(ordinal)) continue;
                    var candidate = (scores[ordinal], part.Postings.CaseIds[ordinal]);
                    if (best.Count < limit) best.Enqueue((p, ordinal), candidate);
                    else if (best.TryPeek(out _, out var worst) && WorstFirst.Instance.Compare(candidate, worst) > 0)
                        best.EnqueueDequeue((p, ordinal), candidate);
                }
            }
            finally
            {
                ArrayPool<double>.Shared.Return(scores);
            }
        }

        var ranked = new List<ConceptOverlap>(best.Count);
        while (best.TryDequeue(out var found, out var key))
        {
            var postings = parts[found.Part].Postings;
            var shared = weighted.Where(c => Array.BinarySearch(postings.Of(c.Concept), found.Ordinal) >= 0).Select(c => c.Concept).ToList();
            ranked.Add(new ConceptOverlap(key.Id, key.Score, shared));
        }
        ranked.Reverse();
        return ranked;
    }

    /// <summary>Orders candidates worst first: lower score, then (on a tie) the larger id.</summary>
    private sealed class WorstFirst : IComparer<(double Score, string Id)>
    {
        public static WorstFirst Instance { get; } = new();

        public int Compare((double Score, string Id) x, (double Score, string Id) y) =>
            x.Score != y.Score ? x.Score.CompareTo(y.Score) : string.CompareOrdinal(y.Id, x.Id);
    }
}
