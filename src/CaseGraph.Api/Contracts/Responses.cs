using CaseGraph.Api.Auditing;

namespace CaseGraph.Api.Contracts;

// Response records of the API: mapped from index and graph types, never those types themselves.

public sealed record ConceptRef(string Id, string Name, string Kind);

/// <param name="Meaning">set when the ranking by meaning found this hit: "close in meaning", and the sentence that carried it</param>
/// <param name="Date">a case's (or recommendation's case's) presentation month, a passage's publication date, when known</param>
/// <param name="Setting">the clinical setting of the case (cases and recommendations)</param>
/// <param name="Citation">a guideline passage's source, section and, when known, link, publication date and grade</param>
public sealed record SearchHitResponse(string Id, string Kind, string Title, string Snippet, float Score,
    IReadOnlyList<ConceptRef> Concepts, IReadOnlyList<string> Topics, string? CaseId, MeaningResponse? Meaning = null,
    string? Date = null, string? Setting = null, CitationResponse? Citation = null);

/// <summary>Where a guideline passage comes from. <c>url</c> is always an absolute http or https address.</summary>
public sealed record CitationResponse(string Source, string Section, string? Url, string? Published, string? Grade);

/// <summary>A guideline passage in full, with its citation (published guidance: every role may read it).</summary>
public sealed record PassageResponse(string Id, string Title, string Text, CitationResponse Citation) : IGivesOutRecords
{
    IEnumerable<string> IGivesOutRecords.RecordIds => [Id];
}

/// <summary>Why a result is close in meaning to the question: the cosine of its best passage, and that passage's most telling sentence.</summary>
public sealed record MeaningResponse(float Similarity, string? Sentence);

/// <summary>
/// Whether ranking by meaning took part, and over how much of the archive: embeddings fill in behind the full-text
/// index, so right after new material arrives some items are ranked by their words only (<c>partial</c>).
/// </summary>
public sealed record SemanticResponse(bool Used, int Embedded, int Total, double Coverage, bool Partial, string? Note);

/// <param name="Mme">the daily MME the query names ("90 MME", "MME>=90"), if any: cases in its band rank first (nothing is filtered)</param>
public sealed record InterpretationResponse(IReadOnlyList<ConceptRef> Concepts, IReadOnlyList<ConceptRef> Expanded, MmeReadingResponse? Mme = null);

/// <summary>A daily MME read from the query: the number, its band (none, 1-49, 50-89, 90+) and the words that named it.</summary>
public sealed record MmeReadingResponse(double Mme, string Band, string Text);

/// <summary>"Did you mean": the corrected query, and each word replaced (from the vocabulary or the index's words, never from a document's text).</summary>
public sealed record SpellingSuggestionResponse(string Query, IReadOnlyList<SpellingTermResponse> Terms);

/// <param name="Concept">the concept the suggested term names; null for a word of the index</param>
public sealed record SpellingTermResponse(string Typed, string Suggested, ConceptRef? Concept);

/// <param name="Suggestion">set when a word of a simple query is in no document and a vocabulary term or index word is close to it</param>
public sealed record SearchResponse(int Total, int Limit, int Offset, IReadOnlyList<SearchHitResponse> Hits, InterpretationResponse Interpretation,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValueResponse>> Facets, SemanticResponse Semantic, SpellingSuggestionResponse? Suggestion = null) : IGivesOutRecords
{
    IEnumerable<string> IGivesOutRecords.RecordIds => Hits.Select(h => h.Id);
}

/// <summary>How many matching documents have this facet value.</summary>
public sealed record FacetValueResponse(string Value, string Name, int Count);

/// <summary>Recommendations, and beside them the guideline passages that address the same concepts.</summary>
public sealed record RecommendationsResponse(int Total, int Limit, int Offset, IReadOnlyList<SearchHitResponse> Hits,
    InterpretationResponse Interpretation, IReadOnlyList<SearchHitResponse> Guidelines, SemanticResponse Semantic) : IGivesOutRecords
{
    IEnumerable<string> IGivesOutRecords.RecordIds => Hits.Concat(Guidelines).Select(h => h.Id);
}

public sealed record MedicationResponse(string Name, double? Dose, string? Unit, string? Frequency);

public sealed record RecommendationResponse(string Id, string Text);

public sealed record TopicTagResponse(string Id, string Name, float Confidence, string Source);

public sealed record CaseResponse(string Id, string Presented, string? Program, string Setting, string AgeBand, string Sex,
    string Summary, IReadOnlyList<string> Questions, IReadOnlyList<MedicationResponse> Medications,
    IReadOnlyList<RecommendationResponse> Recommendations, IReadOnlyList<ConceptRef> Concepts, IReadOnlyList<AnnotationResponse> Annotations,
    IReadOnlyList<TopicTagResponse> Topics, double? DailyMme, string MmeBand) : IGivesOutRecords
{
    IEnumerable<string> IGivesOutRecords.RecordIds => [Id];
}

/// <summary>A concept the case names without it being the patient's present condition or medication.</summary>
public sealed record AnnotationResponse(string Context, ConceptRef Concept);

/// <summary>A similar past case and why: the concepts it shares (rarer ones count more), the text that matched, what was recommended.</summary>
public sealed record SimilarCaseResponse(string CaseId, string Title, double Score, IReadOnlyList<ConceptRef> SharedConcepts,
    string? Snippet, IReadOnlyList<RecommendationResponse> Recommendations, MeaningResponse? Meaning = null);

/// <summary>Similar cases to a new case's text, with the concepts read from that text (in context) and its daily MME.</summary>
public sealed record SimilarToTextResponse(IReadOnlyList<ConceptInContext> Concepts, double? TotalDailyMme, string MmeBand,
    IReadOnlyList<SimilarCaseResponse> Similar, SemanticResponse Semantic) : IGivesOutRecords
{
    IEnumerable<string> IGivesOutRecords.RecordIds => Similar.Select(s => s.CaseId);
}

public sealed record ConceptInContext(ConceptRef Concept, string Context, string? Trigger);

public sealed record SimilarCasesResponse(string CaseId, IReadOnlyList<SimilarCaseResponse> Similar, SemanticResponse Semantic) : IGivesOutRecords
{
    IEnumerable<string> IGivesOutRecords.RecordIds => Similar.Select(s => s.CaseId);
}
