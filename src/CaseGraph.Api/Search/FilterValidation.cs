using CaseGraph.Core.Concepts;
using CaseGraph.Core.Corpus;
using CaseGraph.Core.Model;

namespace CaseGraph.Api.Search;

/// <summary>Checks of request parameters shared by the endpoints; each failure adds a readable error.</summary>
public static class FilterValidation
{
    /// <summary>The most characters a request's text may have (a case presentation is far shorter).</summary>
    public const int MaxTextLength = 20_000;

    /// <summary>A request body's text: present (and not blank, unless blank is allowed) and at most <see cref="MaxTextLength"/> characters.</summary>
    public static void Text(string? value, Dictionary<string, string[]> errors, string required = "text is required", bool allowBlank = false)
    {
        if (value is null || (!allowBlank && string.IsNullOrWhiteSpace(value))) errors["text"] = [required];
        else if (value.Length > MaxTextLength) errors["text"] = [$"text may be at most {MaxTextLength} characters"];
    }

    /// <summary>A search text <c>q</c>: at most <see cref="Paging.MaxQueryLength"/> characters, and not blank when required.</summary>
    public static void Query(string? q, Dictionary<string, string[]> errors, bool required = false)
    {
        if (required && string.IsNullOrWhiteSpace(q)) errors["q"] = ["q is required"];
        else if (q is { Length: > Paging.MaxQueryLength }) errors["q"] = [$"q may be at most {Paging.MaxQueryLength} characters"];
    }

    /// <summary>A whole-number parameter, when given, from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public static void Range(string name, int? value, int min, int max, Dictionary<string, string[]> errors)
    {
        if (value < min || value > max) errors[name] = [$"{name} must be between {min} and {max}"];
    }

    public static void YearMonth(string name, string? value, Dictionary<string, string[]> errors)
    {
        if (value is not null && !CaseParser.YearMonthPattern().IsMatch(value)) errors[name] = [$"{name} must be a year-month like 2022-03"];
    }

    /// <summary>A window <c>from</c>..<c>to</c> of year-months, each already checked: from must not come after to.</summary>
    public static void Window(string? from, string? to, Dictionary<string, string[]> errors)
    {
        if (from is null || to is null || errors.ContainsKey("from") || errors.ContainsKey("to")) return;
        if (System.Text.Ascii.IsValid(from) && System.Text.Ascii.IsValid(to) && string.CompareOrdinal(from, to) > 0)
            errors["from"] = ["from must not be after to"];
    }

    /// <summary>The concept a parameter names (id, name, brand or abbreviation, or a likely misspelling of one), if it is of one of these kinds; the error does not repeat the value.</summary>
    public static Concept? Concept(string name, string? value, ConceptKind[] kinds, Vocabulary vocabulary, Dictionary<string, string[]> errors)
    {
        if (value is null) return null;
        var concept = vocabulary.ResolveAsTyped(value, kinds); // "zanax" reads as Xanax
        if (concept is not null && kinds.Contains(concept.Kind)) return concept;
        var wanted = string.Join(" or ", kinds.Select(k => k.ToSlug()));
        errors[name] = [concept is null // the value is never repeated: it may be anything a user typed
            ? $"{name} is not a known {wanted} (name, brand, abbreviation or id); /api/concepts?q= lists them"
            : $"{name} names a {concept.Kind.ToSlug()}, not a {wanted}"];
        return null;
    }

    public static void Setting(string? value, Dictionary<string, string[]> errors)
    {
        if (value is not null && !CaseParser.Settings.Contains(value)) errors["setting"] = [$"setting must be one of {string.Join(", ", CaseParser.Settings)}"];
    }
}
