using CaseGraph.Core.Concepts;
using CaseGraph.Core.Model;
using CaseGraph.Core.Search;
using Microsoft.AspNetCore.Mvc;

namespace CaseGraph.Api.Search;

/// <summary>The query string of <c>GET /api/search</c> (bound with <c>[AsParameters]</c>; the names are the public ones).</summary>
public sealed record SearchRequest(
    [FromQuery(Name = "q")] string? Q = null,
    [FromQuery(Name = "kind")] string? Kind = null,
    [FromQuery(Name = "topic")] string? Topic = null,
    [FromQuery(Name = "syntax")] string? Syntax = null,
    [FromQuery(Name = "limit")] int? Limit = null,
    [FromQuery(Name = "offset")] int? Offset = null,
    [FromQuery(Name = "minMme")] double? MinMme = null,
    [FromQuery(Name = "maxMme")] double? MaxMme = null,
    [FromQuery(Name = "annotation")] string? Annotation = null,
    [FromQuery(Name = "condition")] string? Condition = null,
    [FromQuery(Name = "medication")] string? Medication = null,
    [FromQuery(Name = "drugClass")] string? DrugClass = null,
    [FromQuery(Name = "intervention")] string? Intervention = null,
    [FromQuery(Name = "mmeBand")] string? MmeBand = null,
    [FromQuery(Name = "setting")] string? Setting = null,
    [FromQuery(Name = "from")] string? From = null,
    [FromQuery(Name = "to")] string? To = null,
    [FromQuery(Name = "sort")] string? Sort = null)
{
    public static readonly string[] MmeBands = ["none", "1-49", "50-89", "90+"];

    /// <summary>The values of <c>sort</c>.</summary>
    public static readonly string[] Sorts = [.. Enum.GetNames<SearchSort>().Select(n => n.ToLowerInvariant())];

    /// <summary>Every parameter's error, under its public name; empty when the search can run.</summary>
    /// <param name="maxLimit">the largest page: <see cref="Paging.MaxLimit"/>, or an export's cap</param>
    public IReadOnlyDictionary<string, string[]> Validate(Vocabulary vocabulary, int maxLimit = Paging.MaxLimit)
    {
        var errors = new Dictionary<string, string[]>();
        FilterValidation.Range("limit", Limit, 1, maxLimit, errors);
        FilterValidation.Range("offset", Offset, 0, Paging.MaxOffset, errors);
        if (Sort is not null && !Sorts.Contains(Sort)) errors["sort"] = [$"sort must be one of {string.Join(", ", Sorts)}"];
        if (Kind is not null && !DocumentKinds.TryParse(Kind, out _)) errors["kind"] = ["kind must be one of case, recommendation, guideline"];
        if (Syntax is not null && !Enum.TryParse<QuerySyntax>(Syntax, ignoreCase: true, out _)) errors["syntax"] = ["syntax must be simple or lucene"];
        if (MinMme is < 0 || MaxMme is < 0 || MinMme > MaxMme) errors["minMme"] = ["minMme and maxMme must be 0 or more, minMme <= maxMme"];
        ConceptFacets(vocabulary, errors);
        if (MmeBand is not null && !MmeBands.Contains(MmeBand)) errors["mmeBand"] = ["mmeBand must be none, 1-49, 50-89 or 90+"];
        FilterValidation.Setting(Setting, errors);
        FilterValidation.YearMonth("from", From, errors);
        FilterValidation.YearMonth("to", To, errors);
        FilterValidation.Window(From, To, errors);
        FilterValidation.Query(Q, errors);
        return errors;
    }

    /// <summary>The filters asked for (after <see cref="Validate"/>): concepts by id, the kind parsed.</summary>
    public SearchFilters Filters(Vocabulary vocabulary)
    {
        var facets = ConceptFacets(vocabulary, []);
        if (MmeBand is not null) facets[Facets.MmeBand] = MmeBand;
        if (Setting is not null) facets[Facets.Setting] = Setting;
        DocumentKind? kind = Kind is not null && DocumentKinds.TryParse(Kind, out var k) ? k : null;
        return new SearchFilters(kind, Topic, MinMme, MaxMme, Annotation, facets, From, To);
    }

    public SearchSort ParsedSort() => Sort == "date" ? SearchSort.Date : SearchSort.Relevance;

    public QuerySyntax ParsedSyntax() => Enum.TryParse<QuerySyntax>(Syntax, ignoreCase: true, out var syntax) ? syntax : QuerySyntax.Simple;

    public (int Limit, int Offset) Page() => Paging.Page(Limit, Offset);

    /// <summary>The concept filters' facet values (concept ids); a name that is not a concept of the facet's kind is an error.</summary>
    private Dictionary<string, string> ConceptFacets(Vocabulary vocabulary, Dictionary<string, string[]> errors)
    {
        var facets = new Dictionary<string, string>();
        foreach (var (facet, value, kind) in new[] { (Facets.Condition, Condition, ConceptKind.Condition), (Facets.Medication, Medication, ConceptKind.Medication),
                     (Facets.DrugClass, DrugClass, ConceptKind.DrugClass), (Facets.Intervention, Intervention, ConceptKind.Intervention) })
        {
            if (FilterValidation.Concept(facet, value, [kind], vocabulary, errors) is { } concept) facets[facet] = concept.Id;
        }
        return facets;
    }
}
