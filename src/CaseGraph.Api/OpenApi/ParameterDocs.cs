using CaseGraph.Api.Cases;
using CaseGraph.Api.Concepts;
using CaseGraph.Api.Search;
using CaseGraph.Api.Topics;
using CaseGraph.Api.Trends;
using CaseGraph.Core.Corpus;
using CaseGraph.Core.Model;
using CaseGraph.Core.Search;

namespace CaseGraph.Api.OpenApi;

/// <summary>What a parameter means and, for an enumeration, the values it takes.</summary>
public sealed record ParameterDoc(string Description, IReadOnlyList<string>? Values = null);

/// <summary>
/// Every query and route parameter's description, by its public name, with the allowed values of enumerations taken
/// from the lists the requests validate against. A parameter whose meaning differs between operations is described
/// per operation (its name in the route table).
/// </summary>
public static class ParameterDocs
{
    private static string Limit(int max, int byDefault) => $"How many to return, 1 to {max} (default {byDefault}).";

    private static readonly Dictionary<(string Operation, string Name), ParameterDoc> ByOperation = new()
    {
        [("SuggestConcepts", "q")] = new("The start of a term: a name, brand or abbreviation (required)."),
        [("SuggestConcepts", "limit")] = new(Limit(ConceptSuggestRequest.MaxSuggestions, ConceptSuggestRequest.DefaultSuggestions)),
        [("SimilarCases", "limit")] = new(Limit(SimilarCasesRequest.MaxSimilar, SimilarCasesRequest.DefaultSimilar)),
        [("Recommendations", "q")] = new("Text the recommendations must match; give it, a medication or a condition."),
        [("Recommendations", "medication")] = new("A medication or drug class: name, brand, abbreviation or id (e.g. Suboxone, benzodiazepines)."),
        [("TopicTrends", "topic")] = new("Only this topic's series: the id of a topic of the taxonomy (e.g. tapering)."),
        [("TopicTrendCases", "topic")] = new("The cell's topic: the id of a topic of the taxonomy (required, e.g. tapering)."),
        [("ConceptTrendCases", "concepts")] = new("The concepts of the trend answer, as given to /api/concepts/trends (required, e.g. fentanyl,xylazine)."),
        [("SearchCsv", "limit")] = new($"Rows to export, 1 to {SearchCsv.MaxRows} (default {SearchCsv.MaxRows})."),
        [("GetPassage", "id")] = new("A guideline passage id, e.g. cdc2022-r01."),
        [("AuditLog", "limit")] = new(Limit(Paging.MaxLimit, Paging.DefaultLimit)),
        [("AuditLog", "offset")] = new($"Entries to skip, 0 to {Paging.MaxOffset} (default 0)."),
    };

    private static readonly Dictionary<string, ParameterDoc> ByName = new()
    {
        ["q"] = new($"Text to search for, at most {Paging.MaxQueryLength} characters (syntax decides how it is read)."),
        ["kind"] = new("Only hits of this kind.", [.. Enum.GetValues<DocumentKind>().Select(k => k.ToSlug())]),
        ["topic"] = new("Only items tagged with this topic: the id of a topic of the taxonomy (e.g. tapering)."),
        ["syntax"] = new("How q is read: simple (any text) or lucene (Lucene query syntax; an unparsable query is a 400).",
            [.. Enum.GetNames<QuerySyntax>().Select(n => n.ToLowerInvariant())]),
        ["limit"] = new(Limit(Paging.MaxLimit, Paging.DefaultLimit)),
        ["sort"] = new("The order of hits: relevance (default) or date (newest first by presentation month or publication date; undated last; ties by id).",
            SearchRequest.Sorts),
        ["offset"] = new($"Hits to skip, 0 to {Paging.MaxOffset} (default 0)."),
        ["minMme"] = new("Only cases whose total daily MME (morphine milligram equivalents) is at least this: a number, 0 or more."),
        ["maxMme"] = new("Only cases whose total daily MME is at most this: a number, 0 or more, not below minMme."),
        ["annotation"] = new("Only cases that mention a concept in a context, as context:concept (e.g. negated:heroin)."),
        ["condition"] = new("A condition: name, abbreviation or id (e.g. OUD, chronic low back pain)."),
        ["medication"] = new("A medication: name, brand, abbreviation or id (e.g. Suboxone)."),
        ["drugClass"] = new("A drug class: name or id (e.g. benzodiazepines)."),
        ["intervention"] = new("An intervention: name or id (e.g. taper)."),
        ["mmeBand"] = new("Only cases in this band of total daily MME.", SearchRequest.MmeBands),
        ["setting"] = new("Only cases presented from this practice setting.", [.. CaseParser.Settings.Order(StringComparer.Ordinal)]),
        ["from"] = new("First month, a year-month like 2022-03 (inclusive); not after to. Trend exports need the first month of a period of the interval."),
        ["to"] = new("Last month, a year-month like 2022-12 (inclusive); not before from. Trend exports need the last month of a period of the interval."),
        ["interval"] = new("The period each row counts (default month).", [.. Enum.GetNames<TrendInterval>().Select(n => n.ToLowerInvariant())]),
        ["format"] = new("The answer's format: JSON, a CSV table, an SVG chart or a PNG chart (default json).", TrendOptions.Formats),
        ["concepts"] = new($"1 to {ConceptTrendsRequest.MaxConcepts} concepts, comma-separated: names, brands, abbreviations or ids (e.g. fentanyl,xylazine)."),
        ["themes"] = new($"How many themes to find, 2 to {DiscoveredThemesRequest.MaxThemes} (default {DiscoveredThemesRequest.DefaultThemes})."),
        ["words"] = new($"Top words shown per theme, 3 to {ThemeDiscovery.MaxWords} (default {DiscoveredThemesRequest.DefaultWords})."),
        ["period"] = new("The cell's period, as a trend answer labels it: a year (2022), a quarter (2022-Q3) or a month (2022-05); required."),
        ["series"] = new("The cell's series, as a concept trend answer names it: a concept id, or the ids joined by + for cases with all of them (required)."),
        ["day"] = new("The UTC day to read, a date like 2026-12-06 (default today)."),
        ["caller"] = new("Only entries of this caller: an API key's name, or anonymous."),
        ["id"] = new("A case id, e.g. case-t01."),
    };

    /// <summary>The doc of a parameter of an operation, or null when none is written (a test fails on that).</summary>
    public static ParameterDoc? For(string? operation, string name) =>
        operation is not null && ByOperation.TryGetValue((operation, name), out var specific) ? specific : ByName.GetValueOrDefault(name);
}
