using CaseGraph.Core.Concepts;
using CaseGraph.Core.Model;

namespace CaseGraph.Core.Enrichment;

/// <summary>The facets a document counts under: its concepts by kind, with the drug classes of its medications.</summary>
public sealed record FacetValues(IReadOnlyList<string> Conditions, IReadOnlyList<string> Medications, IReadOnlyList<string> DrugClasses,
    IReadOnlyList<string> Interventions)
{
    public static FacetValues Of(IEnumerable<string> conceptIds, Vocabulary vocabulary)
    {
        var concepts = conceptIds.Select(vocabulary.Find).OfType<Concept>().ToList();
        IReadOnlyList<string> Ids(ConceptKind kind) => concepts.Where(c => c.Kind == kind).Select(c => c.Id).Distinct().ToList();
        var classes = concepts.Where(c => c.Kind is ConceptKind.Medication or ConceptKind.DrugClass)
            .SelectMany(c => ClassesOf(c, vocabulary)).Distinct().ToList();
        return new FacetValues(Ids(ConceptKind.Condition), Ids(ConceptKind.Medication), classes, Ids(ConceptKind.Intervention));
    }

    /// <summary>The concept itself if a class, and every drug class above it.</summary>
    private static IEnumerable<string> ClassesOf(Concept concept, Vocabulary vocabulary)
    {
        var seen = new HashSet<string>();
        var queue = new Queue<Concept>([concept]);
        while (queue.Count > 0)
        {
            var c = queue.Dequeue();
            if (!seen.Add(c.Id)) continue;
            if (c.Kind == ConceptKind.DrugClass) yield return c.Id;
            foreach (var parent in c.Parents.Select(vocabulary.Find).OfType<Concept>()) queue.Enqueue(parent);
        }
    }
}
