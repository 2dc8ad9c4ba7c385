using CaseGraph.Core.Concepts;
using CaseGraph.Core.Dosing;
using CaseGraph.Core.Enrichment;
using CaseGraph.Core.Model;

namespace CaseGraph.Core.Topics;

/// <summary>
/// What the topic tagger reads for a case: its text and recommendations, plus what CaseGraph knows about it as
/// tokens — affirmed and recommended concepts and their drug classes, the age band and the MME band — so that
/// "naloxone" or "12-17" can speak for a topic however the presenter worded it. Training and tagging build it the
/// same way. Pure.
/// </summary>
public static class TopicInput
{
    /// <summary>For a case not yet enriched (training examples): extracts what <see cref="Enricher"/> would.</summary>
    public static TopicDocument For(CaseRecord record, Vocabulary vocabulary, ConceptExtractor extractor)
    {
        var extraction = extractor.Extract(record.Summary + "\n" + string.Join("\n", record.Questions));
        var medications = record.Medications.Select(m => vocabulary.ResolveName(m.Name)).OfType<string>();
        var affirmed = extraction.Mentions.Where(m => m.IsAffirmed).Select(m => m.ConceptId).Concat(medications);
        var mme = extractor.Mme.TotalFor(record.Medications, vocabulary.ResolveName) ?? extraction.TotalDailyMme;
        var recommended = record.Recommendations.SelectMany(r => vocabulary.Matcher.Match(r.Text)).Select(m => m.ConceptId);
        return For(record, affirmed, recommended, mme, vocabulary);
    }

    /// <param name="affirmedConceptIds">the patient's affirmed concepts, medication list included</param>
    /// <param name="recommendedConceptIds">concepts the recommendations name</param>
    public static TopicDocument For(CaseRecord record, IEnumerable<string> affirmedConceptIds, IEnumerable<string> recommendedConceptIds,
        double? dailyMme, Vocabulary vocabulary)
    {
        var affirmed = affirmedConceptIds.Distinct().ToList();
        var recommended = recommendedConceptIds.Distinct().ToList();
        var tokens = affirmed.Concat(FacetValues.Of(affirmed, vocabulary).DrugClasses).Distinct().Select(id => "cg_" + id)
            .Concat(recommended.Concat(FacetValues.Of(recommended, vocabulary).DrugClasses).Distinct().Select(id => "cg_rec_" + id))
            .Append("cg_age_" + record.Patient.AgeBand).Append("cg_mme_" + MmeCalculator.Band(dailyMme));
        return new TopicDocument(string.Join("\n", [record.SearchText, .. record.Recommendations.Select(r => r.Text)]),
            string.Join(' ', tokens.Select(t => t.Replace('-', '_').Replace('+', 'p'))));
    }
}
