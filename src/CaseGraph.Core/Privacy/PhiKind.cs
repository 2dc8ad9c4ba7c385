namespace CaseGraph.Core.Privacy;

/// <summary>The HIPAA Safe Harbor identifier kinds CaseGraph looks for (DESIGN.md).</summary>
public enum PhiKind
{
    Name, Date, Age, Phone, Fax, Email, Ssn, Mrn, HealthPlan, Account, License, Address, Zip, Url, Ip, Vehicle, Device,
}

/// <summary>An identifier found in a text: its kind and character offsets (UTF-16 code units, end exclusive), and for a
/// name whether a word about the patient or the patient's people stood before it ("patient", "her son", "named").</summary>
public sealed record PhiFinding(PhiKind Kind, int Start, int End, bool AfterPersonCue = false);

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
