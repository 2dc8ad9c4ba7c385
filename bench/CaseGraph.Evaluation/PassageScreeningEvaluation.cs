using System.Text.Json;
using CaseGraph.Core.Model;
using CaseGraph.Core.Privacy;

namespace CaseGraph.Evaluation;

/// <summary>A guideline passage and whether it carries an identifier of a patient (then it must be held back).</summary>
public sealed record LabelledPassage(string Id, string Title, string Text, string Source, string Section, bool Patient)
{
    public GuidelinePassage Passage => new(Id, Title, Text, Source, Section);
}

/// <summary>How the screen treats passages: the share held back of those that concern no patient (published guidance
/// lost to search) and of those that do (identifiers kept out), with the policy for passages and with every kind as for a case.</summary>
public sealed record PassageScreeningReport(int Public, int PublicHeld, int PublicHeldByEveryKind, int Patient, int PatientHeld,
    IReadOnlyDictionary<string, int> PublicHeldBy, IReadOnlyList<string> Errors)
{
    public double PublicHeldRate => Public == 0 ? 0 : (double)PublicHeld / Public;
    public double PublicHeldByEveryKindRate => Public == 0 ? 0 : (double)PublicHeldByEveryKind / Public;
    public double PatientRecall => Patient == 0 ? 1 : (double)PatientHeld / Patient;
}

public static class PassageScreeningEvaluation
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static List<LabelledPassage> Load(string path) =>
        File.ReadLines(path).Where(l => l.Trim().Length > 0).Select(l => JsonSerializer.Deserialize<LabelledPassage>(l, Json)!).ToList();

    public static PassageScreeningReport Evaluate(IReadOnlyList<LabelledPassage> passages, PhiDetector detector)
    {
        var (publicHeld, everyKind, patientHeld) = (0, 0, 0);
        var heldBy = new Dictionary<string, int>();
        var errors = new List<string>();
        foreach (var labelled in passages)
        {
            var findings = RecordScanner.Scan(labelled.Passage, detector);
            var kinds = string.Join(", ", findings.Select(f => f.ToString()));
            if (labelled.Patient)
            {
                if (findings.Count > 0) patientHeld++;
                else errors.Add($"passed {labelled.Id} (concerns a patient)");
                continue;
            }
            if (new[] { labelled.Title, labelled.Text, labelled.Source, labelled.Section }.Any(t => detector.Scan(t).Count > 0)) everyKind++;
            if (findings.Count == 0) continue;
            publicHeld++;
            foreach (var kind in findings.Select(f => f.Kind.ToSlug()).Distinct()) heldBy[kind] = heldBy.GetValueOrDefault(kind) + 1;
            errors.Add($"held {labelled.Id}: {kinds}");
        }
        var publicCount = passages.Count(p => !p.Patient);
        return new PassageScreeningReport(publicCount, publicHeld, everyKind, passages.Count - publicCount, patientHeld, heldBy, errors);
    }
}
