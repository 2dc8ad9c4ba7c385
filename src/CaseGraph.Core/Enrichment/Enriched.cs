using CaseGraph.Core.Concepts;
using CaseGraph.Core.Model;

namespace CaseGraph.Core.Enrichment;

/// <summary>A case with what the pipeline found in it: concepts in its text and medications, and its topics.</summary>
public sealed record EnrichedCase(
    CaseRecord Record,
    IReadOnlyList<ConceptMention> Mentions,
    IReadOnlyList<string> MedicationConceptIds,
    IReadOnlyDictionary<string, IReadOnlyList<ConceptMention>> RecommendationMentions,
    IReadOnlyList<TopicTag> Topics)
{
    /// <summary>Every concept the case names, once, in first-seen order.</summary>
    public IReadOnlyList<string> ConceptIds => Mentions.Select(m => m.ConceptId).Concat(MedicationConceptIds).Distinct().ToList();
}

public sealed record EnrichedPassage(GuidelinePassage Passage, IReadOnlyList<ConceptMention> Mentions)
{
    public IReadOnlyList<string> ConceptIds => Mentions.Select(m => m.ConceptId).Distinct().ToList();
}
