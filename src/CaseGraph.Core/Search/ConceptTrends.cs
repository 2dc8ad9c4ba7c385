using CaseGraph.Core.Graph;

namespace CaseGraph.Core.Search;

/// <summary>
/// Monthly counts of the cases linked to each concept, plus one series for the cases linked to all of them
/// (co-occurrence, e.g. "fentanyl+xylazine"), in the same shape as topic trends. Pure.
/// </summary>
public static class ConceptTrends
{
    /// <summary>The co-occurrence series' id, in ordinal order whatever the order asked, so that it names one cell.</summary>
    public static string CoOccurrence(IReadOnlyList<string> conceptIds) => string.Join('+', conceptIds.Order(StringComparer.Ordinal));

    /// <summary>The series names: each concept, then the co-occurrence of all when there are several.</summary>
    public static IReadOnlyList<string> Series(IReadOnlyList<string> conceptIds) =>
        conceptIds.Count > 1 ? [.. conceptIds, CoOccurrence(conceptIds)] : conceptIds;

    /// <summary>The co-occurrence series lies within each concept's series.</summary>
    public static IReadOnlyList<(string Part, string Whole)> Nested(IReadOnlyList<string> conceptIds) =>
        conceptIds.Count > 1 ? [.. conceptIds.Select(id => (CoOccurrence(conceptIds), id))] : [];

    /// <param name="from">first year-month to count, inclusive (null: from the start)</param>
    /// <param name="to">last year-month to count, inclusive (null: to the end)</param>
    public static IReadOnlyList<MonthCounts> Count(ConceptCasesByMonth data, IReadOnlyList<string> conceptIds, string? from, string? to)
    {
        bool InRange(string month) => (from is null || string.CompareOrdinal(month, from) >= 0) && (to is null || string.CompareOrdinal(month, to) <= 0);
        var linksByMonth = data.Links.Where(l => InRange(l.Month)).ToLookup(l => l.Month);
        return data.CasesPerMonth.Where(m => InRange(m.Key)).OrderBy(m => m.Key, StringComparer.Ordinal).Select(m =>
        {
            var casesByConcept = conceptIds.ToDictionary(id => id,
                id => linksByMonth[m.Key].Where(l => l.ConceptId == id).Select(l => l.CaseId).ToHashSet(StringComparer.Ordinal));
            var counts = casesByConcept.ToDictionary(c => c.Key, c => c.Value.Count);
            if (conceptIds.Count > 1)
                counts[CoOccurrence(conceptIds)] = casesByConcept.Values.Skip(1)
                    .Aggregate(new HashSet<string>(casesByConcept[conceptIds[0]]), (all, next) => { all.IntersectWith(next); return all; }).Count;
            return new MonthCounts(m.Key, m.Value, counts);
        }).ToList();
    }
}
