namespace CaseGraph.Core.Model;

public enum ConceptKind { Condition, Medication, DrugClass, Intervention }

/// <summary>A vocabulary concept: preferred name, synonyms (brands, abbreviations) and broader concepts.</summary>
public sealed record Concept(string Id, ConceptKind Kind, string Name, IReadOnlyList<string> Synonyms, IReadOnlyList<string> Parents)
{
    public IEnumerable<string> Terms => Synonyms.Prepend(Name);
}

public static class ConceptKinds
{
    public static bool TryParse(string text, out ConceptKind kind)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "condition": kind = ConceptKind.Condition; return true;
            case "medication": kind = ConceptKind.Medication; return true;
            case "drug-class": kind = ConceptKind.DrugClass; return true;
            case "intervention": kind = ConceptKind.Intervention; return true;
            default: kind = default; return false;
        }
    }

    public static string ToSlug(this ConceptKind kind) => kind switch
    {
        ConceptKind.Condition => "condition",
        ConceptKind.Medication => "medication",
        ConceptKind.DrugClass => "drug-class",
        _ => "intervention",
    };
}
