namespace CaseGraph.Core.Graph;

/// <summary>Ranks cases by the concepts they share with a case (or a list), each weighted by how rare it is; every graph store uses it.</summary>
public static class ConceptOverlapScoring
{
    /// <param name="shared">each other case with one concept it shares, and how many cases are linked to that concept</param>
    /// <param name="totalCases">cases in the graph</param>
    public static IReadOnlyList<ConceptOverlap> Rank(IEnumerable<(string CaseId, string ConceptId, long CasesWithConcept)> shared, long totalCases, int limit)
    {
        var byCase = new Dictionary<string, (double Score, List<string> Concepts)>();
        foreach (var (other, concept, df) in shared)
        {
            var (score, concepts) = byCase.TryGetValue(other, out var e) ? e : (0d, new List<string>());
            concepts.Add(concept);
            // Inverse document frequency: a concept most cases share says little about similarity.
            byCase[other] = (score + Math.Log(1 + (double)totalCases / df), concepts);
        }
        return byCase.Select(kv => new ConceptOverlap(kv.Key, kv.Value.Score, kv.Value.Concepts))
            .OrderByDescending(o => o.Score).ThenBy(o => o.CaseId, StringComparer.Ordinal).Take(limit).ToList();
    }
}
