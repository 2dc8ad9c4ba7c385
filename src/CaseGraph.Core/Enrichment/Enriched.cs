using CaseGraph.Core.Concepts;
using CaseGraph.Core.Model;

namespace CaseGraph.Core.Enrichment;

/// <summary>
/// A case with what the pipeline found in it: concept mentions in context, the concepts of its medication list,
/// concepts its recommendations name, its topics, and its total daily MME.
/// </summary>
public sealed record EnrichedCase(
    CaseRecord Record,
    IReadOnlyList<ContextualMention> Mentions,
    IReadOnlyList<string> MedicationConceptIds,
    IReadOnlyDictionary<string, IReadOnlyList<string>> RecommendationConceptIds,
    IReadOnlyList<TopicTag> Topics,
    double? DailyMme,
    FacetValues Facets,
    IReadOnlyDictionary<string, FacetValues> RecommendationFacets)
{
    /// <summary>Concepts that are affirmed, present and the patient's, once each: these become graph edges.</summary>
    public IReadOnlyList<string> ConceptIds =>
        Mentions.Where(m => m.IsAffirmed).Select(m => m.ConceptId).Concat(MedicationConceptIds).Distinct().ToList();

    /// <summary>Mentions that are not affirmed (negated, historical, hypothetical, someone else's), as "context:concept".</summary>
    public IReadOnlyList<string> Annotations => Mentions.Where(m => !m.IsAffirmed && !ConceptIds.Contains(m.ConceptId))
        .Select(m => Annotation(m.Context, m.ConceptId)).Distinct().ToList();

    public static string Annotation(MentionContext context, string conceptId) => $"{context.ToSlug()}:{conceptId}";
}

public sealed record EnrichedPassage(GuidelinePassage Passage, IReadOnlyList<ConceptMention> Mentions, FacetValues Facets)
{
    public IReadOnlyList<string> ConceptIds => Mentions.Select(m => m.ConceptId).Distinct().ToList();
}
