using CaseGraph.Core.Model;

namespace CaseGraph.Core.Search;

public enum QuerySyntax
{
    /// <summary>Any text is answered: what is not valid syntax is read as words (like simple_query_string).</summary>
    Simple,
    /// <summary>Lucene query syntax; an unparsable query is an error that says where it failed.</summary>
    Lucene,
}

/// <summary>
/// A concept to score documents by, with its weight relative to the text match. <paramref name="OnCase"/>: match
/// the concepts of the case a recommendation was given in, rather than those the document names itself.
/// </summary>
public sealed record ConceptBoost(string ConceptId, float Boost, bool OnCase = false);

/// <summary>A band of daily MME (<c>MmeCalculator.Band</c>) to rank first, with its weight relative to the text match.</summary>
public sealed record MmeBandBoost(string Band, float Boost);

/// <summary>What the full-text index is asked. Built by the combined search from the user's request.</summary>
public sealed record IndexQuery
{
    public string? Text { get; init; }
    public QuerySyntax Syntax { get; init; } = QuerySyntax.Simple;
    /// <summary>The most terms <see cref="Text"/> may hold (<see cref="QueryLimits"/>); more is a <see cref="QuerySyntaxException"/>.</summary>
    public int MaxTerms { get; init; } = QueryLimits.UserTerms;
    public IReadOnlyList<ConceptBoost> ConceptBoosts { get; init; } = [];
    /// <summary>Ranks documents (of cases) in this MME band higher among those the query matches; never widens or narrows the match.</summary>
    public MmeBandBoost? MmeBandBoost { get; init; }
    /// <summary>Each group is an any-of set of concept ids, named by the document or its case; a document must match every group.</summary>
    public IReadOnlyList<IReadOnlyCollection<string>> RequiredConceptGroups { get; init; } = [];
    public DocumentKind? Kind { get; init; }
    public string? Topic { get; init; }
    /// <summary>Only cases (and their recommendations) whose total daily MME is in this range.</summary>
    public double? MinMme { get; init; }
    public double? MaxMme { get; init; }
    /// <summary>Only cases that mention a concept in this context, as "context:concept" (e.g. "negated:heroin").</summary>
    public string? Annotation { get; init; }
    /// <summary>Facet name -> value that documents must have (see <see cref="Facets"/>).</summary>
    public IReadOnlyDictionary<string, string> FacetFilters { get; init; } = new Dictionary<string, string>();
    /// <summary>Presentation month range, inclusive, as YYYY-MM (cases and recommendations only).</summary>
    public string? PresentedFrom { get; init; }
    public string? PresentedTo { get; init; }
    /// <summary>Only these documents, each returned whether or not it matches the text (which then only scores and highlights).</summary>
    public IReadOnlyCollection<string>? OnlyIds { get; init; }
    /// <summary>Highlight a snippet for each hit (skip when only the ranking is needed).</summary>
    public bool Snippets { get; init; } = true;
    /// <summary>Count facet values over every matching document.</summary>
    public bool CountFacets { get; init; }
    public int Limit { get; init; } = 10;
    public int Offset { get; init; }
    /// <summary>Order by date, newest first (undated last, ties by id), instead of by score.</summary>
    public bool NewestFirst { get; init; }
}

/// <summary>The order of a result list: by relevance (score) or by date, newest first.</summary>
public enum SearchSort
{
    Relevance,
    Date,
}

/// <summary>Where a guideline passage comes from: its source and section, and the link, publication date and grade when known.</summary>
public sealed record Citation(string Source, string Section, string? Url, string? Published, string? Grade);

public sealed record IndexHit(string Id, DocumentKind Kind, string Title, string Snippet, float Score,
    IReadOnlyList<string> ConceptIds, IReadOnlyList<string> Topics, string? CaseId)
{
    /// <summary>The document's stored text, for the read side's own use (e.g. the sentence that matched in meaning); never sent as is.</summary>
    public string StoredText { get; init; } = "";

    /// <summary>Set when the ranking by meaning found this document: the sentence that carried the match.</summary>
    public MeaningMatch? Meaning { get; init; }

    /// <summary>The case's presentation month (cases, recommendations) or the passage's publication date, when known.</summary>
    public string? Date { get; init; }

    /// <summary>The clinical setting of the case (cases, recommendations).</summary>
    public string? Setting { get; init; }

    /// <summary>A guideline passage's citation.</summary>
    public Citation? Citation { get; init; }
}

/// <summary>Why a document matched in meaning: the cosine of its best chunk with the question, and that chunk's most telling sentence.</summary>
public sealed record MeaningMatch(float Score, string? Sentence);

public sealed record IndexPage(int Total, IReadOnlyList<IndexHit> Hits)
{
    public IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets { get; init; } = new Dictionary<string, IReadOnlyList<FacetCount>>();
}

/// <summary>A case as stored in the index, with what enrichment found.</summary>
public sealed record StoredCase(CaseRecord Record, IReadOnlyList<string> ConceptIds, IReadOnlyList<string> Annotations,
    IReadOnlyList<TopicTag> Topics, double? DailyMme);

/// <summary>Thrown for a query that is not valid in the syntax it was sent in, or asks more than <see cref="QueryLimits"/> allow.</summary>
public sealed class QuerySyntaxException(string message) : Exception(message);
