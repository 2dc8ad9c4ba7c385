namespace CaseGraph.Core.Graph;

/// <summary>Ranks cases by the concepts they share with a case (or a list), each weighted by how rare it is; every graph store uses it,
/// and so does the in-memory ranking over a commit's postings (<see cref="ConceptOverlapAccumulator"/>), which gives the same answer.</summary>
public static class ConceptOverlapScoring
{
    /// <param name="shared">each other case with one concept it shares, and how many cases are linked to that concept</param>
    /// <param name="totalCases">cases in the graph</param>
    public static IReadOnlyList<ConceptOverlap> Rank(IEnumerable<(string CaseId, string ConceptId, long CasesWithConcept)> shared, long totalCases, int limit)
    {
        var byCase = new Dictionary<string, List<(string Concept, long Df)>>();
        foreach (var (other, concept, df) in shared)
        {
            if (!byCase.TryGetValue(other, out var concepts)) byCase[other] = concepts = [];
            concepts.Add((concept, df));
        }
        return byCase.Select(kv =>
            {
                // Summed in concept id order, so the score does not depend on the order the store returned the rows in.
                var concepts = kv.Value.OrderBy(c => c.Concept, StringComparer.Ordinal).ToList();
                var score = 0d;
                foreach (var (_, df) in concepts) score += Weight(df, totalCases);
                return new ConceptOverlap(kv.Key, score, concepts.Select(c => c.Concept).ToList());
            })
            .OrderByDescending(o => o.Score).ThenBy(o => o.CaseId, StringComparer.Ordinal).Take(limit).ToList();
    }

    /// <summary>Inverse document frequency: a concept most cases share says little about similarity.</summary>
    public static double Weight(long casesWithConcept, long totalCases) => Math.Log(1 + (double)totalCases / casesWithConcept);
}
