using CaseGraph.Core.Dosing;
using CaseGraph.Core.Model;

namespace CaseGraph.Core.Concepts;

/// <summary>A medication mention with the dose written after it, and its daily MME when it is an opioid analgesic.</summary>
public sealed record DoseMention(ContextualMention Mention, ParsedDose Parsed, MedicationDose Regimen);

/// <summary>What the extractor found in a text.</summary>
public sealed record Extraction(IReadOnlyList<ContextualMention> Mentions, IReadOnlyList<DoseMention> Doses)
{
    /// <summary>Sum of the daily MME of affirmed opioid regimens; null when none has a computable dose.</summary>
    public double? TotalDailyMme
    {
        get
        {
            var affirmed = Doses.Where(d => d.Mention.IsAffirmed && d.Regimen.DailyMme is not null).ToList();
            return affirmed.Count == 0 ? null : Math.Round(affirmed.Sum(d => d.Regimen.DailyMme!.Value), 1);
        }
    }
}

/// <summary>
/// Clinical concept extraction: vocabulary terms (longest match), their context (negated, historical, hypothetical,
/// someone else) with the trigger that set it, and doses with daily MME. Pure and thread-safe.
/// </summary>
public sealed class ConceptExtractor(Vocabulary vocabulary, ContextDetector? context = null)
{
    private readonly ContextDetector _context = context ?? ContextDetector.Default;
    private readonly MmeCalculator _mme = new(vocabulary);

    public MmeCalculator Mme => _mme;

    public Extraction Extract(string text)
    {
        var raw = vocabulary.Matcher.Match(text);
        var mentions = _context.Apply(text, raw);
        var doses = new List<DoseMention>();
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (vocabulary.Find(m.ConceptId)?.Kind != ConceptKind.Medication) continue;
            var next = i + 1 < mentions.Count ? mentions[i + 1].Start : text.Length;
            if (DoseParser.After(text, m.End, next) is not { } parsed) continue;
            doses.Add(new DoseMention(m, parsed, _mme.Calculate(m.ConceptId, parsed.Dose, parsed.Unit, parsed.Frequency)));
        }
        return new Extraction(mentions, doses);
    }
}
