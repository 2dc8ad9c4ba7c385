namespace CaseGraph.Core.Privacy;

/// <summary>The HIPAA Safe Harbor identifier kinds CaseGraph looks for (DESIGN.md).</summary>
public enum PhiKind
{
    Name, Date, Age, Phone, Fax, Email, Ssn, Mrn, HealthPlan, Account, License, Address, Zip, Url, Ip, Vehicle, Device,
}

/// <summary>An identifier found in a text: its kind, character offsets (UTF-16 code units, end exclusive), how sure the
/// detector is (<see cref="PhiConfidence"/>), and for a name whether a word about the patient or the patient's people
/// stood before it ("patient", "her son", "named").</summary>
public sealed record PhiFinding(PhiKind Kind, int Start, int End, double Confidence = PhiConfidence.Checked, bool AfterPersonCue = false);

/// <summary>
/// How sure a finding is, by what found it. The gate holds a record back for findings at or above its threshold
/// (CaseGraph:Screen:Threshold, default <see cref="DefaultThreshold"/>); a lower threshold holds more, a higher one less.
/// </summary>
public static class PhiConfidence
{
    /// <summary>A check digit or an unmistakable format: a card (Luhn), an IBAN (mod 97), an e-mail, a URL, an IP, an SSN,
    /// a phone number valid for its country.</summary>
    public const double Checked = 0.98;

    /// <summary>A label names it: a number after "MRN", "fax" or "member ID"; a name after a title or "named".</summary>
    public const double Labelled = 0.9;

    /// <summary>The kind's shape in its place: a date, an age, a street line, a postal code beside a city, a name after a
    /// relation word or a known name before a person's verb.</summary>
    public const double Shaped = 0.75;

    /// <summary>Likely but unconfirmed: a known name with no cue, words in no list before a person's verb ("Mokoena
    /// reports"), a national phone number or a long number with no label.</summary>
    public const double Likely = 0.6;

    public const double DefaultThreshold = 0.5;
}

public static class PhiKinds
{
    public static string ToSlug(this PhiKind kind) => kind switch
    {
        PhiKind.HealthPlan => "health-plan",
        _ => kind.ToString().ToLowerInvariant(),
    };

    public static IReadOnlyList<PhiKind> All { get; } = Enum.GetValues<PhiKind>();

    public static PhiKind? FromSlug(string slug) => All.Cast<PhiKind?>().FirstOrDefault(k => k!.Value.ToSlug() == slug);
}
