namespace CaseGraph.Core.Model;

/// <summary>The kinds of searchable document; their slugs are the API's `kind` values.</summary>
public enum DocumentKind { Case, Recommendation, Guideline }

public static class DocumentKinds
{
    public static string ToSlug(this DocumentKind kind) => kind switch
    {
        DocumentKind.Case => "case",
        DocumentKind.Recommendation => "recommendation",
        _ => "guideline",
    };

    public static bool TryParse(string? text, out DocumentKind kind)
    {
        foreach (var k in Enum.GetValues<DocumentKind>())
        {
            if (string.Equals(k.ToSlug(), text, StringComparison.OrdinalIgnoreCase)) { kind = k; return true; }
        }
        kind = default;
        return false;
    }
}
