using System.Text.RegularExpressions;
using CaseGraph.Core.Model;

namespace CaseGraph.Core.Privacy;

/// <summary>An identifier in one field of a record: the field's path (e.g. "questions[1]") and offsets within it.</summary>
public sealed record FieldFinding(string Field, PhiKind Kind, int Start, int End, double Confidence = PhiConfidence.Checked)
{
    /// <summary>Where and what, never the identifier itself: safe for logs and reports.</summary>
    public override string ToString() => $"{Kind.ToSlug()} in {Field} at {Start}-{End} ({Confidence:0.##})";
}

/// <summary>
/// Scans every field of a case or guideline passage that is stored or shown and not of a closed set (setting, age
/// band, sex, year-month, unit and topics are) with the PHI detector: free text, names, frequencies, sources, and
/// ids read as words ("Mary-Jones-7" as "Mary Jones 7"; their shape is closed by <see cref="Corpus.RecordIds"/>). Cases
/// are held to every Safe Harbor kind, guideline passages only to what identifies a patient (all kinds again when the
/// passage reads like a case). Pure.
/// </summary>
public static partial class RecordScanner
{
    /// <summary>Ids are labels (<see cref="PhiDetector.ScanLabel"/>); the rest is text.</summary>
    public static IReadOnlyList<FieldFinding> Scan(CaseRecord record, PhiDetector detector) =>
    [
        .. ScanFields(detector.ScanLabel, [("id", SafeLabels.AsWords(record.Id))]),
        .. ScanFields(detector.Scan,
        [
            ("summary", record.Summary),
            ("program", record.Program ?? ""),
            .. record.Questions.Select((q, i) => ($"questions[{i}]", q)),
            .. record.Medications.Select((m, i) => ($"medications[{i}].name", m.Name)),
            .. record.Medications.Select((m, i) => ($"medications[{i}].frequency", m.Frequency ?? "")),
        ]),
        .. ScanFields(detector.ScanLabel, record.Recommendations.Select((r, i) => ($"recommendations[{i}].id", SafeLabels.AsWords(r.Id)))),
        .. ScanFields(detector.Scan, record.Recommendations.Select((r, i) => ($"recommendations[{i}].text", r.Text))),
    ];

    /// <summary>A guideline passage is a published document: in its content only what identifies a patient holds it back
    /// (<see cref="ConcernsAPatient"/>), and never a toll-free number (an organisation's line, also in a passage that reads
    /// like a case); its id is the programme's and is held to every kind.</summary>
    public static IReadOnlyList<FieldFinding> Scan(GuidelinePassage passage, PhiDetector detector)
    {
        Func<PhiFinding, bool> holdsBack = ReadsLikeACase(passage.Text) ? _ => true
            : TellsANamesakesStory(passage.Text) ? f => f.Kind != PhiKind.Name && ConcernsAPatient(f) : ConcernsAPatient;
        return
        [
            .. ScanFields(detector.ScanLabel, [("id", SafeLabels.AsWords(passage.Id))]),
            .. ScanFields(detector.Scan, [("title", passage.Title), ("text", passage.Text), ("source", passage.Source), ("section", passage.Section),
                ("grade", passage.Grade ?? "")], (text, f) => holdsBack(f) && !PhiDetector.IsTollFree(text.AsSpan(f.Start, f.End - f.Start))),
        ];
    }

    /// <summary>A passage about a law, programme or day named after someone ("Laura's Law ... named after Laura Wilcox, a
    /// 19-year-old student", "Her father, David Grubb"): the namesake and their family are of the public record, so their
    /// names and ages make it no case. Its numbers still hold it back.</summary>
    public static bool TellsANamesakesStory(string text) => NamesakeStory().IsMatch(text);

    /// <summary>A case report or a filled-in form reproduced in a passage: "a 54-year-old man", "presented with", "Patient: ...",
    /// "we report", "Mr. van der Berg". Such a passage is held to every kind, as a case is: its names, addresses, dates and
    /// numbers are the patient's.</summary>
    public static bool ReadsLikeACase(string text) => CaseCue().IsMatch(text) || AgedPerson().IsMatch(text) && !TellsANamesakesStory(text);

    // "Brent Calloway Jr, 38, a truck driver": a person introduced with their age is a case;
    // "presents with" of a disease ("It commonly presents with a limp") is guidance, of a person ("who presents with") a case;
    // "Mrs. Winslow's Soothing Syrup" is a product; "the patient is brought in early" and "was found to be" are guidance
    [GeneratedRegex(@"\bpresented (?:to|with)\b|\bpresents to\b|\b(?:he|she|they|who|patient|pt|man|woman)\s+presents with\b|\bwas (?:admitted|brought|found(?! (?:to|that)\b))\b|" +
        @"\bwe (?:report|describe|present)\b|\b[Oo]ur patient (?:is|was)\b|\b[Tt]he patient was\b|\bPatient(?: name)?:\s|\b(?:Mr|Mrs|Ms|Mx)\.?\s+\p{Lu}(?!\p{L}*['’]s\s+\p{Lu})|\b(?:DOB|D\.O\.B\.|MRN)\b|" +
        @"\b\p{Lu}\p{Ll}+(?:[ -]\p{Lu}[\p{Ll}'’]+)+(?: Jr\.?| Sr\.?)?, \d{1,2}, (?:a|an)\s")]
    private static partial Regex CaseCue();

    /// <summary>"a 54-year-old man", "She is 54 years old"; not a population ("people who are 65 years old or older").</summary>
    [GeneratedRegex(@"\b\d{1,3}[- ](?:year|yr)s?[- ]old\b(?! (?:or|and) (?:older|over|above|younger|under)\b)(?<!\bare \d{1,3}[- ]years[- ]old)")]
    private static partial Regex AgedPerson();

    [GeneratedRegex(@"\bnamed (?:after|for) (?:\p{Lu}|an? |the )|\bin (?:memory|hono(?:u)?r) of \p{Lu}|\b\p{Lu}\p{Ll}+['’]s (?:Law|Act|Day)\b")]
    private static partial Regex NamesakeStory();

    /// <summary>
    /// What in a published passage identifies a patient: a record, plan, account, licence, vehicle or device number,
    /// an SSN, or a name after a word about the patient or their people ("patient Rosa", "her son Tom"). Eponyms,
    /// places, agencies, authors, hotlines, web and e-mail addresses, publication dates and ages in a population
    /// ("adults 90 and older") are what guidance is made of, and do not.
    /// </summary>
    public static bool ConcernsAPatient(PhiFinding finding) => finding.Kind switch
    {
        PhiKind.Ssn or PhiKind.Mrn or PhiKind.HealthPlan or PhiKind.Account or PhiKind.License or PhiKind.Vehicle or PhiKind.Device => true,
        PhiKind.Name => finding.AfterPersonCue,
        _ => false,
    };

    private static List<FieldFinding> ScanFields(Func<string, IReadOnlyList<PhiFinding>> scan, IEnumerable<(string Field, string Text)> fields,
        Func<string, PhiFinding, bool>? holdsBack = null) =>
        fields.SelectMany(f => scan(f.Text).Where(p => holdsBack?.Invoke(f.Text, p) ?? true).Select(p => new FieldFinding(f.Field, p.Kind, p.Start, p.End, p.Confidence))).ToList();
}
