using CaseGraph.Core.Concepts;
using CaseGraph.Core.Model;
using CaseGraph.Core.Topics;

namespace CaseGraph.Core.Enrichment;

/// <summary>Finds concepts and topics in corpus items. Pure: the vocabulary and tagger are given.</summary>
public sealed class Enricher(Vocabulary vocabulary, ITopicTagger tagger)
{
    public EnrichedCase Enrich(CaseRecord record)
    {
        var mentions = vocabulary.Matcher.Match(record.Summary + "\n" + string.Join("\n", record.Questions));
        var medications = record.Medications
            .Select(m => vocabulary.Resolve(m.Name)?.Id ?? vocabulary.Matcher.Match(m.Name).FirstOrDefault()?.ConceptId)
            .OfType<string>().Distinct().ToList();
        var recommendations = record.Recommendations.ToDictionary(r => r.Id, r => vocabulary.Matcher.Match(r.Text));
        var topics = record.Topics.Count > 0
            ? record.Topics.Select(t => new TopicTag(t, 1f, TopicSource.Curated)).ToList()
            : tagger.Tag(record.SearchText);
        return new EnrichedCase(record, mentions, medications, recommendations, topics);
    }

    public EnrichedPassage Enrich(GuidelinePassage passage) =>
        new(passage, vocabulary.Matcher.Match(passage.Title + "\n" + passage.Text));
}
