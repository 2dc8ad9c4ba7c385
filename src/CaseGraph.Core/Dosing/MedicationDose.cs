namespace CaseGraph.Core.Dosing;

/// <summary>A medication regimen and, for an opioid analgesic, its daily morphine milligram equivalents.</summary>
public sealed record MedicationDose(
    string ConceptId,
    double Dose,
    string Unit,
    string? Frequency,
    double? DosesPerDay,
    double? DailyMme,
    string? MmeNote);
