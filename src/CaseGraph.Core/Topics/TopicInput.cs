using CaseGraph.Core.Concepts;
using CaseGraph.Core.Dosing;
using CaseGraph.Core.Enrichment;
using CaseGraph.Core.Model;

namespace CaseGraph.Core.Topics;

/// <summary>
/// What the topic tagger reads for a case: its text, plus what CaseGraph knows about it as tokens — affirmed
/// concepts and their drug classes, the age band and the MME band — so that "naloxone" or "12-17" can speak for a
/// topic however the presenter worded it. The same function feeds training and tagging. Pure.
/// </summary>
public static class TopicInput
{
    public static string For(CaseRecord record, Vocabulary vocabulary, ConceptExtractor extractor)
    {
        var extraction = extractor.Extract(record.Summary + "\n" + string.Join("\n", record.Questions));
        var medications = record.Medications.Select(m => vocabulary.Resolve(m.Name)?.Id).OfType<string>();
        var affirmed = extraction.Mentions.Where(m => m.IsAffirmed).Select(m => m.ConceptId).Concat(medications).Distinct().ToList();
        var facets = FacetValues.Of(affirmed, vocabulary);
        var mme = extractor.Mme.TotalFor(record.Medications, name => vocabulary.Resolve(name)?.Id) ?? extraction.TotalDailyMme;
        var tokens = affirmed.Concat(facets.DrugClasses).Distinct().Select(id => "cg_" + id)
            .Append("cg_age_" + record.Patient.AgeBand).Append("cg_mme_" + MmeCalculator.Band(mme));
        return record.SearchText + "\n" + string.Join(' ', tokens.Select(t => t.Replace('-', '_').Replace('+', 'p')));
    }
}
