using System.Text.Json;
using CaseGraph.Core.Privacy;

namespace CaseGraph.Evaluation;

public sealed record PhiSpan(string Kind, int Start, int End);

public sealed record PhiSentence(string Text, IReadOnlyList<PhiSpan> Phi);

/// <summary>Gold identifiers of one kind: how many, how many a finding overlaps, and how many one of the same kind overlaps.</summary>
public sealed record PhiKindScore(string Kind, int Gold, int Detected, int DetectedAsKind)
{
    public double Recall => Gold == 0 ? 1 : (double)Detected / Gold;
}

public sealed record PhiReport(IReadOnlyList<PhiKindScore> Kinds, int CleanSentences, int CleanFlagged, IReadOnlyList<string> Errors)
{
    /// <summary>The kinds with a fixed format, held to recall 0.99.</summary>
    public static readonly string[] PatternedKinds = ["phone", "email", "ssn", "mrn", "url", "ip", "date"];

    public double Recall => Ratio(Kinds);
    public double PatternedRecall => Ratio(Kinds.Where(k => PatternedKinds.Contains(k.Kind)));
    public double FalsePositiveRate => CleanSentences == 0 ? 0 : (double)CleanFlagged / CleanSentences;

    private static double Ratio(IEnumerable<PhiKindScore> kinds)
    {
        var list = kinds.ToList();
        var gold = list.Sum(k => k.Gold);
        return gold == 0 ? 1 : (double)list.Sum(k => k.Detected) / gold;
    }
}

/// <summary>
/// Scores the PHI detector on labelled sentences: an identifier counts as detected when a finding overlaps it
/// (what the quarantine gate needs), and also per kind when the finding has its kind. On clean clinical
/// sentences every sentence with a finding is a false positive.
/// </summary>
public static class PhiEvaluation
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static List<PhiSentence> Load(string path) =>
        File.ReadLines(path).Where(l => l.Trim().Length > 0).Select(l => JsonSerializer.Deserialize<PhiSentence>(l, Json)!).ToList();

    public static PhiReport Evaluate(IReadOnlyList<PhiSentence> labelled, IReadOnlyList<PhiSentence> clean, PhiDetector detector)
    {
        var counts = new Dictionary<string, int[]>();
        var errors = new List<string>();
        foreach (var sentence in labelled)
        {
            var findings = detector.Scan(sentence.Text);
            foreach (var gold in sentence.Phi)
            {
                var c = counts.TryGetValue(gold.Kind, out var v) ? v : counts[gold.Kind] = new int[3];
                c[0]++;
                var overlapping = findings.Where(f => f.Start < gold.End && gold.Start < f.End).ToList();
                if (overlapping.Count > 0) c[1]++;
                else errors.Add($"missed {gold.Kind} '{sentence.Text[gold.Start..gold.End]}' in: {sentence.Text}");
                if (overlapping.Any(f => f.Kind.ToSlug() == gold.Kind)) c[2]++;
            }
        }
        var flagged = 0;
        foreach (var sentence in clean)
        {
            var findings = detector.Scan(sentence.Text);
            if (findings.Count == 0) continue;
            flagged++;
            errors.AddRange(findings.Select(f => $"false {f.Kind.ToSlug()} '{sentence.Text[f.Start..f.End]}' in: {sentence.Text}"));
        }
        // The detector's kinds in their order, then labels it has no kind of its own for ("card", "iban": found as any kind counts)
        var kinds = PhiKinds.All.Select(k => k.ToSlug()).Concat(counts.Keys.Order()).Distinct().Where(counts.ContainsKey)
            .Select(k => new PhiKindScore(k, counts[k][0], counts[k][1], counts[k][2])).ToList();
        return new PhiReport(kinds, clean.Count, flagged, errors);
    }
}
