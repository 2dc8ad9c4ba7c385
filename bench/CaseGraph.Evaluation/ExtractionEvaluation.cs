using System.Text.Json;
using System.Text.Json.Serialization;
using CaseGraph.Core.Concepts;

namespace CaseGraph.Evaluation;

/// <summary>One annotated sentence of tests/CaseGraph.Core.Tests/Data/annotated-sentences.jsonl.</summary>
public sealed record AnnotatedSentence(string Id, string Text, IReadOnlyList<AnnotatedConcept> Concepts,
    IReadOnlyList<AnnotatedMedication>? Medications, double? TotalDailyMme);

public sealed record AnnotatedConcept(string Id, string Text, string Context);

public sealed record AnnotatedMedication(string Id, double Dose, string Unit, string? Frequency, double? DailyMme);

/// <summary>Precision, recall and F1 of a set of predictions against gold annotations.</summary>
public sealed record Score(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    public override string ToString() => $"P {Precision:F3}  R {Recall:F3}  F1 {F1:F3}  (tp {TruePositives}, fp {FalsePositives}, fn {FalseNegatives})";
}

public sealed record ExtractionReport(int Sentences, Score Concepts, Score Negation, double ContextAccuracy,
    IReadOnlyDictionary<string, Score> ByContext, double DoseAccuracy, double SentenceMmeAccuracy, IReadOnlyList<string> Errors);

/// <summary>
/// Scores concept extraction on the annotated set: concept detection (id and surface text), negation as a binary
/// call on the mentions both sides found, context per category, doses and daily MME.
/// </summary>
public static class ExtractionEvaluation
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true, NumberHandling = JsonNumberHandling.AllowReadingFromString };

    public static IReadOnlyList<AnnotatedSentence> Load(string path) =>
        File.ReadLines(path).Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => JsonSerializer.Deserialize<AnnotatedSentence>(l, Json)!).ToList();

    public static ExtractionReport Evaluate(IReadOnlyList<AnnotatedSentence> sentences, ConceptExtractor extractor)
    {
        int tp = 0, fp = 0, fn = 0, matched = 0, contextRight = 0, dosesRight = 0, doses = 0, mmeRight = 0, mmeSentences = 0;
        var negation = new int[3]; // tp, fp, fn
        var byContext = new Dictionary<string, int[]>();
        var errors = new List<string>();
        foreach (var s in sentences)
        {
            var found = extractor.Extract(s.Text);
            var predicted = found.Mentions.Select(m => (m.ConceptId, m.Text.ToLowerInvariant(), Context: m.Context.ToSlug(), m.Trigger)).ToList();
            var unmatched = predicted.ToList();
            foreach (var gold in s.Concepts)
            {
                var i = unmatched.FindIndex(p => p.ConceptId == gold.Id && p.Item2 == gold.Text.ToLowerInvariant());
                if (i < 0) { fn++; errors.Add($"{s.Id} missed {gold.Id} '{gold.Text}': {s.Text}"); Count(byContext, gold.Context, 2); continue; }
                var p = unmatched[i];
                unmatched.RemoveAt(i);
                tp++;
                matched++;
                if (p.Context == gold.Context) { contextRight++; Count(byContext, gold.Context, 0); }
                else
                {
                    Count(byContext, gold.Context, 2);
                    Count(byContext, p.Context, 1);
                    errors.Add($"{s.Id} {gold.Id} is {gold.Context}, found {p.Context} (trigger '{p.Trigger}'): {s.Text}");
                }
                var (g, f) = (gold.Context == "negated", p.Context == "negated");
                if (g && f) negation[0]++;
                else if (f) negation[1]++;
                else if (g) negation[2]++;
            }
            fp += unmatched.Count;
            errors.AddRange(unmatched.Select(u => $"{s.Id} extra {u.ConceptId} '{u.Item2}': {s.Text}"));

            foreach (var gold in s.Medications ?? [])
            {
                doses++;
                var d = found.Doses.FirstOrDefault(x => x.Mention.ConceptId == gold.Id && Math.Abs(x.Parsed.Dose - gold.Dose) < 1e-9);
                if (d is not null && d.Parsed.Unit == NormalizeUnit(gold.Unit) && Near(d.Regimen.DailyMme, gold.DailyMme)) dosesRight++;
                else errors.Add($"{s.Id} dose {gold.Id} {gold.Dose} {gold.Unit} {gold.Frequency} => {gold.DailyMme}; found " +
                    (d is null ? "none" : $"{d.Parsed.Dose} {d.Parsed.Unit} {d.Parsed.Frequency} => {d.Regimen.DailyMme}") + $": {s.Text}");
            }
            if (s.Medications is { Count: > 0 })
            {
                mmeSentences++;
                if (Near(found.TotalDailyMme ?? (s.TotalDailyMme == 0 ? 0 : null), s.TotalDailyMme)) mmeRight++;
                else errors.Add($"{s.Id} total MME {s.TotalDailyMme}, found {found.TotalDailyMme}: {s.Text}");
            }
        }
        return new ExtractionReport(sentences.Count, new Score(tp, fp, fn), new Score(negation[0], negation[1], negation[2]),
            matched == 0 ? 0 : (double)contextRight / matched,
            byContext.ToDictionary(kv => kv.Key, kv => new Score(kv.Value[0], kv.Value[1], kv.Value[2])),
            doses == 0 ? 1 : (double)dosesRight / doses, mmeSentences == 0 ? 1 : (double)mmeRight / mmeSentences, errors);
    }

    private static void Count(Dictionary<string, int[]> counts, string context, int slot)
    {
        if (!counts.TryGetValue(context, out var c)) counts[context] = c = new int[3];
        c[slot]++;
    }

    private static bool Near(double? a, double? b) => a is null ? b is null : b is not null && Math.Abs(a.Value - b.Value) < 0.51;

    private static string NormalizeUnit(string unit) => CaseGraph.Core.Dosing.MmeCalculator.NormalizeUnit(unit);
}
