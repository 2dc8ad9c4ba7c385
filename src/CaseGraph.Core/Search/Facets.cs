namespace CaseGraph.Core.Search;

/// <summary>The facets search results are counted by and can be filtered on (their names are the API's parameter names).</summary>
public static class Facets
{
    public const string Kind = "kind", Condition = "condition", Medication = "medication", DrugClass = "drugClass",
        Intervention = "intervention", Topic = "topic", MmeBand = "mmeBand", Setting = "setting", Year = "year";

    /// <summary>The presentation month: stored for trends, not listed among the search facets.</summary>
    public const string Month = "month";

    public static readonly IReadOnlyList<string> All = [Kind, Condition, Medication, DrugClass, Intervention, Topic, MmeBand, Setting, Year];

    /// <summary>How many values of each facet a response lists, most frequent first.</summary>
    public const int ValuesPerFacet = 10;
}

public sealed record FacetCount(string Value, int Count);
