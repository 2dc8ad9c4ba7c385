using CaseGraph.Core.Concepts;
using CaseGraph.Core.Dosing;
using CaseGraph.Core.Model;
using CaseGraph.Core.Search;
using CaseGraph.Core.Semantic;

namespace CaseGraph.Api.Contracts;

/// <summary>Maps core and index types to response records, naming concepts and topics for people as the request's
/// search model names them.</summary>
public sealed class ResponseMapper(SearchModel model)
{
    private readonly Vocabulary vocabulary = model.Vocabulary;
    private readonly IReadOnlyDictionary<string, string> topicNames = model.TopicNames;

    public ConceptRef Concept(string id) => vocabulary.Find(id) is { } c
        ? new ConceptRef(c.Id, c.Name, c.Kind.ToSlug())
        : new ConceptRef(id, id, "unknown");

    public IReadOnlyList<ConceptRef> Concepts(IEnumerable<string> ids) => ids.Select(Concept).ToList();

    /// <param name="query">the query as sent: the MME reading and the corrections name the words of it they read</param>
    public SearchResponse Search(CombinedPage result, int limit, int offset, string query) => new(
        result.Page.Total, limit, offset, Hits(result.Page),
        new InterpretationResponse(Concepts(result.Interpretation.Concepts), Concepts(result.Interpretation.Expanded),
            result.Interpretation.Mme is { } mme ? new MmeReadingResponse(mme.Mme, mme.Band, query[mme.Start..mme.End]) : null),
        result.Page.Facets.ToDictionary(f => f.Key, f => (IReadOnlyList<FacetValueResponse>)f.Value
            .Select(v => new FacetValueResponse(v.Value, FacetValueName(f.Key, v.Value), v.Count)).ToList()), Semantic(result.Meaning),
        result.Spelling is { } s ? new SpellingSuggestionResponse(s.Query, s.Corrections.Select(c => new SpellingTermResponse(
            query[c.Start..c.End], c.Suggested, c.ConceptId is { } id ? Concept(id) : null)).ToList()) : null);

    public RecommendationsResponse Recommendations(CombinedPage recommendations, IndexPage guidelines, int limit, int offset) => new(
        recommendations.Page.Total, limit, offset, Hits(recommendations.Page),
        new InterpretationResponse(Concepts(recommendations.Interpretation.Concepts), Concepts(recommendations.Interpretation.Expanded)),
        Hits(guidelines), Semantic(recommendations.Meaning));

    private List<SearchHitResponse> Hits(IndexPage page) => page.Hits.Select(h => new SearchHitResponse(h.Id, h.Kind.ToSlug(), h.Title,
        h.Snippet, h.Score, Concepts(h.ConceptIds), h.Topics, h.CaseId, Meaning(h.Meaning), h.Date, h.Setting,
        h.Citation is { } c ? Citation(c) : null)).ToList();

    private static CitationResponse Citation(Citation c) => new(c.Source, c.Section, c.Url, c.Published, c.Grade);

    public static PassageResponse Passage(GuidelinePassage p) =>
        new(p.Id, p.Title, p.Text, Citation(new Citation(p.Source, p.Section, p.Url, p.Published, p.Grade)));

    private static MeaningResponse? Meaning(MeaningMatch? match) => match is null ? null : new(match.Score, match.Sentence);

    /// <summary>Whether meaning took part and how much it covered; a note when it covered only part of the archive.</summary>
    public static SemanticResponse Semantic(MeaningUse use)
    {
        var c = use.Coverage;
        var note = !use.Used ? null
            : use.Partial ? $"Ranking by meaning covered {c.Embedded:N0} of {c.Total:N0} items (embeddings are still being computed); the rest were ranked by their words only."
            : null;
        return new SemanticResponse(use.Used, c.Embedded, c.Total, Math.Round(c.Share, 4), use.Partial, note);
    }

    private string FacetValueName(string facet, string value) => facet switch
    {
        Facets.Condition or Facets.Medication or Facets.DrugClass or Facets.Intervention => Concept(value).Name,
        Facets.Topic => topicNames.GetValueOrDefault(value, value),
        Facets.MmeBand => value == "none" ? "no opioid analgesic" : value + " MME/day",
        _ => value,
    };

    public CaseResponse Case(StoredCase stored)
    {
        var c = stored.Record;
        return new CaseResponse(c.Id, c.Presented, c.Program, c.Setting, c.Patient.AgeBand, c.Patient.Sex, c.Summary, c.Questions,
            c.Medications.Select(m => new MedicationResponse(m.Name, m.Dose, m.Unit, m.Frequency)).ToList(),
            Recommendations(c.Recommendations), Concepts(stored.ConceptIds),
            stored.Annotations.Select(a => a.Split(':', 2)).Select(p => new AnnotationResponse(p[0], Concept(p[1]))).ToList(),
            stored.Topics.Select(t => new TopicTagResponse(t.TopicId, topicNames.GetValueOrDefault(t.TopicId, t.TopicId),
                t.Confidence, t.Source == TopicSource.Curated ? "curated" : "model")).ToList(),
            stored.DailyMme, MmeCalculator.Band(stored.DailyMme));
    }

    public SimilarCaseResponse Similar(SimilarCase s) =>
        new(s.CaseId, s.Title, s.Score, Concepts(s.SharedConceptIds.Where(id => !id.StartsWith("mme-band:", StringComparison.Ordinal)))
            .Concat(s.SharedConceptIds.Where(id => id.StartsWith("mme-band:", StringComparison.Ordinal))
                .Select(id => new ConceptRef(id, id["mme-band:".Length..] + " MME/day", "mme-band"))).ToList(),
            s.Snippet, Recommendations(s.Recommendations), Meaning(s.Meaning));

    public SimilarToTextResponse SimilarToText(SimilarToText result) => new(
        result.Extraction.Mentions.Select(m => new ConceptInContext(Concept(m.ConceptId), m.Context.ToSlug(), m.Trigger)).ToList(),
        result.Extraction.TotalDailyMme, MmeCalculator.Band(result.Extraction.TotalDailyMme), result.Similar.Select(Similar).ToList(),
        Semantic(result.Meaning));

    public SimilarCasesResponse SimilarCases(string caseId, SimilarCases result) => new(caseId, result.Cases.Select(Similar).ToList(), Semantic(result.Meaning));

    private static List<RecommendationResponse> Recommendations(IEnumerable<RecommendationRecord> recommendations) =>
        recommendations.Select(r => new RecommendationResponse(r.Id, r.Text)).ToList();
}
