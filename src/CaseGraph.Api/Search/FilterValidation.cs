using CaseGraph.Core.Concepts;
using CaseGraph.Core.Corpus;
using CaseGraph.Core.Model;

namespace CaseGraph.Api.Search;

/// <summary>Checks of filter parameters shared by the search and trends endpoints; each failure adds a readable error.</summary>
public static class FilterValidation
{
    public static void YearMonth(string name, string? value, Dictionary<string, string[]> errors)
    {
        if (value is not null && !CaseParser.YearMonthPattern().IsMatch(value)) errors[name] = [$"{name} must be a year-month like 2022-03"];
    }

    /// <summary>The concept a parameter names (id, name, brand or abbreviation), if it is of one of these kinds.</summary>
    public static Concept? Concept(string name, string? value, ConceptKind[] kinds, Vocabulary vocabulary, Dictionary<string, string[]> errors)
    {
        if (value is null) return null;
        var concept = vocabulary.Resolve(value);
        if (concept is not null && kinds.Contains(concept.Kind)) return concept;
        errors[name] = [concept is null
            ? $"'{value}' is not a known {string.Join(" or ", kinds.Select(k => k.ToSlug()))} (name, brand, abbreviation or id)"
            : $"'{value}' names a {concept.Kind.ToSlug()}, not a {string.Join(" or ", kinds.Select(k => k.ToSlug()))}"];
        return null;
    }

    public static void Setting(string? value, Dictionary<string, string[]> errors)
    {
        if (value is not null && !CaseParser.Settings.Contains(value)) errors["setting"] = [$"setting must be one of {string.Join(", ", CaseParser.Settings)}"];
    }
}
