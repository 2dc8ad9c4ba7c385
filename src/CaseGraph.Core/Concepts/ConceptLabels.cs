using CaseGraph.Core.Model;

namespace CaseGraph.Core.Concepts;

/// <summary>How a concept is shown when a user's term found it: by its preferred name, or a brand with its generic.</summary>
public static class ConceptLabels
{
    /// <summary>
    /// A brand name, as the vocabulary writes brands: a medication's synonym with a capital and then a small letter
    /// ("Percocet", "Suboxone", "Bupap"); abbreviations ("OUD", "MS Contin"'s "MS"), forms and slang ("percs",
    /// "roxies") are written otherwise.
    /// </summary>
    public static bool IsBrand(Concept concept, string term) =>
        concept.Kind == ConceptKind.Medication && term != concept.Name && term.Length > 1 && char.IsUpper(term[0]) && char.IsLower(term[1]);

    /// <summary>"Percocet (oxycodone-acetaminophen)" for a brand; else the preferred name, never the slang that found it.</summary>
    public static string Label(Concept concept, string term) => IsBrand(concept, term) ? $"{term} ({concept.Name})" : concept.Name;

    /// <summary>Each concept's weight: the documents naming it plus those naming any concept below it (each concept's
    /// documents counted once per concept), so a class or a generic outweighs each of its members.</summary>
    public static IReadOnlyDictionary<string, int> WithNarrower(Vocabulary vocabulary, IReadOnlyDictionary<string, int> documents)
    {
        var children = vocabulary.Concepts.SelectMany(c => c.Parents.Select(p => (Parent: p, Child: c.Id)))
            .ToLookup(e => e.Parent, e => e.Child);
        var weights = new Dictionary<string, int>();
        foreach (var concept in vocabulary.Concepts)
        {
            var seen = new HashSet<string>();
            var pending = new Stack<string>([concept.Id]);
            var total = 0;
            while (pending.TryPop(out var id))
            {
                if (!seen.Add(id)) continue;
                total += documents.GetValueOrDefault(id);
                foreach (var child in children[id]) pending.Push(child);
            }
            weights[concept.Id] = total;
        }
        return weights;
    }
}
