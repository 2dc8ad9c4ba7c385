using System.Text.Json.Serialization;

namespace CaseGraph.Core.Model;

/// <summary>A de-identified case presentation with the hub's recommendations (corpus format v1).</summary>
public sealed record CaseRecord(
    string Id,
    string Presented,
    string? Program,
    string Setting,
    PatientInfo Patient,
    string Summary,
    IReadOnlyList<string> Questions,
    IReadOnlyList<MedicationEntry> Medications,
    IReadOnlyList<RecommendationRecord> Recommendations,
    IReadOnlyList<string> Topics)
{
    /// <summary>A one-line title: the first question the presenter asked.</summary>
    [JsonIgnore]
    public string Title => Questions.Count > 0 ? Questions[0] : Id;

    /// <summary>Everything a reader would search: summary, questions and medication lines.</summary>
    [JsonIgnore]
    public string SearchText => string.Join("\n", [Summary, .. Questions, .. Medications.Select(m => m.Describe())]);
}

public sealed record PatientInfo(string AgeBand, string Sex);

public sealed record MedicationEntry(string Name, double? Dose, string? Unit, string? Frequency)
{
    public string Describe() => string.Join(' ', new[] { Name, Dose?.ToString(System.Globalization.CultureInfo.InvariantCulture), Unit, Frequency }
        .Where(s => !string.IsNullOrWhiteSpace(s)));
}

public sealed record RecommendationRecord(string Id, string Text);
