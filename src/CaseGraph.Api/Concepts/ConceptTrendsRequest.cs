using System.Text.RegularExpressions;
using CaseGraph.Api.Trends;
using CaseGraph.Core.Concepts;
using CaseGraph.Core.Model;
using Microsoft.AspNetCore.Mvc;

namespace CaseGraph.Api.Concepts;

/// <summary>The query string of <c>GET /api/concepts/trends</c>.</summary>
/// <param name="Concepts">comma-separated names, brands, abbreviations or ids, e.g. fentanyl,xylazine</param>
public sealed partial record ConceptTrendsRequest(
    [FromQuery(Name = "concepts")] string? Concepts = null,
    [FromQuery(Name = "interval")] string? Interval = null,
    [FromQuery(Name = "from")] string? From = null,
    [FromQuery(Name = "to")] string? To = null,
    [FromQuery(Name = "format")] string? Format = null)
{
    public const int MaxConcepts = 5, MaxTermLength = 80;

    /// <summary>Errors under each parameter's name; an unknown concept is named by its place in the list, never repeated back.</summary>
    public IReadOnlyDictionary<string, string[]> Validate(Vocabulary vocabulary)
    {
        var errors = new Dictionary<string, string[]>();
        TrendOptions.Parse(Interval, From, To, Format, errors);
        var names = Names();
        if (names.Length is 0 or > MaxConcepts) errors["concepts"] = [$"concepts must name 1 to {MaxConcepts} concepts, separated by commas"];
        if (Resolve(names, vocabulary).IndexOf(null) is var unknown and >= 0)
            errors["concepts"] = [$"concept {unknown + 1} of the list is not a known concept's name, brand, abbreviation or id " +
                                  $"(letters, digits, spaces and - . ' / % #, at most {MaxTermLength} characters); /api/concepts?q= lists them"];
        return errors;
    }

    /// <summary>The concepts named, each once (after <see cref="Validate"/>).</summary>
    public IReadOnlyList<Concept> Resolve(Vocabulary vocabulary) => Resolve(Names(), vocabulary).OfType<Concept>().DistinctBy(c => c.Id).ToList();

    /// <summary>The interval, window and format (after <see cref="Validate"/>).</summary>
    public TrendOptions Options() => TrendOptions.Parse(Interval, From, To, Format, []);

    private string[] Names() => (Concepts ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static List<Concept?> Resolve(string[] names, Vocabulary vocabulary) =>
        names.Take(MaxConcepts).Select(n => ConceptTermPattern().IsMatch(n) ? vocabulary.ResolveAsTyped(n) : null).ToList();

    [GeneratedRegex(@"^[\p{L}\p{N}][\p{L}\p{N} .'/%#-]{0,79}$")]
    private static partial Regex ConceptTermPattern();
}
