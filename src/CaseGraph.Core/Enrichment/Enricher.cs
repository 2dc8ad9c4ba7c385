using CaseGraph.Core.Concepts;
using CaseGraph.Core.Model;
using CaseGraph.Core.Topics;

namespace CaseGraph.Core.Enrichment;

/// <summary>Finds concepts in context, doses, MME and topics in corpus items. Pure: the vocabulary and tagger are given.</summary>
public sealed class Enricher(Vocabulary vocabulary, ITopicTagger tagger)
{
    private readonly ConceptExtractor _extractor = new(vocabulary);

    public EnrichedCase Enrich(CaseRecord record)
    {
        var extraction = _extractor.Extract(record.Summary + "\n" + string.Join("\n", record.Questions));
        var medications = record.Medications.Select(m => vocabulary.ResolveName(m.Name)).OfType<string>().Distinct().ToList();
        // Recommendations advise; what they name is linked whatever the wording ("consider", "avoid").
        var recommendations = record.Recommendations.ToDictionary(r => r.Id,
            r => (IReadOnlyList<string>)vocabulary.Matcher.Match(r.Text).Select(m => m.ConceptId).Distinct().ToList());
        var mme = _extractor.Mme.TotalFor(record.Medications, vocabulary.ResolveName) ?? extraction.TotalDailyMme;
        var affirmed = extraction.Mentions.Where(m => m.IsAffirmed).Select(m => m.ConceptId).Concat(medications).ToList();
        var topics = record.Topics.Count > 0
            ? record.Topics.Select(t => new TopicTag(t, 1f, TopicSource.Curated)).ToList()
            : tagger.Tag(TopicInput.For(record, affirmed, recommendations.Values.SelectMany(ids => ids), mme, vocabulary));
        return new EnrichedCase(record, extraction.Mentions, medications, recommendations, topics, mme,
            FacetValues.Of(affirmed, vocabulary), recommendations.ToDictionary(r => r.Key, r => FacetValues.Of(r.Value, vocabulary)));
    }

    public EnrichedPassage Enrich(GuidelinePassage passage)
    {
        var mentions = vocabulary.Matcher.Match(passage.Title + "\n" + passage.Text);
        return new(passage, mentions, FacetValues.Of(mentions.Select(m => m.ConceptId), vocabulary));
    }
}
