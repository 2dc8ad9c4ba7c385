using CaseGraph.Core.Model;

namespace CaseGraph.Core.Privacy;

/// <summary>An identifier in one field of a record: the field's path (e.g. "questions[1]") and offsets within it.</summary>
public sealed record FieldFinding(string Field, PhiKind Kind, int Start, int End)
{
    /// <summary>Where and what, never the identifier itself: safe for logs and reports.</summary>
    public override string ToString() => $"{Kind.ToSlug()} in {Field} at {Start}-{End}";
}

/// <summary>Scans every free-text field of a case or guideline passage with the PHI detector. Pure.</summary>
public static class RecordScanner
{
    public static IReadOnlyList<FieldFinding> Scan(CaseRecord record, PhiDetector detector) => ScanFields(detector,
    [
        ("summary", record.Summary),
        ("program", record.Program ?? ""),
        .. record.Questions.Select((q, i) => ($"questions[{i}]", q)),
        .. record.Medications.Select((m, i) => ($"medications[{i}].name", m.Name)),
        .. record.Recommendations.Select((r, i) => ($"recommendations[{i}].text", r.Text)),
    ]);

    public static IReadOnlyList<FieldFinding> Scan(GuidelinePassage passage, PhiDetector detector) =>
        ScanFields(detector, [("title", passage.Title), ("text", passage.Text), ("section", passage.Section)]);

    private static List<FieldFinding> ScanFields(PhiDetector detector, IEnumerable<(string Field, string Text)> fields) =>
        fields.SelectMany(f => detector.Scan(f.Text).Select(p => new FieldFinding(f.Field, p.Kind, p.Start, p.End))).ToList();
}
