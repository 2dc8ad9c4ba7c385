using System.Globalization;
using System.Text.RegularExpressions;

namespace CaseGraph.Core.Dosing;

/// <summary>A dose written after a medication name: "10 mg q6h prn", "25 mcg/hr patch", "16 mg/4 mg daily", "10/325 TID".</summary>
public sealed record ParsedDose(double Dose, string Unit, string? Frequency, int Start, int End);

/// <summary>Finds the dose and frequency that follow a medication mention in free text. Pure.</summary>
public static partial class DoseParser
{
    private const string Form = @"(?:(?:ER|IR|XR|SR|CR|XL|LA|DR|extended[- ]release|immediate[- ]release|long[- ]acting|short[- ]acting|" +
        @"patch(?:es)?|tablets?|tabs?|capsules?|film|sublingual|SL|transdermal|oral|PO|solution|hcl|sulfate|at|of|is|was|dosed at|,)\s*){0,3}";

    [GeneratedRegex(@"^\s*(?:\(\s*)?" + Form +
        @"(?<dose>\d+(?:\.\d+)?)(?:\s*(?<unit1>mg|mcg)(?!\s*/\s*h))?(?:\s*/\s*(?<second>\d+(?:\.\d+)?))?\s*(?<unit>mcg\s*/\s*h(?:ou)?r?\b|mcg/h\b|micrograms?\s+(?:per|an|/)\s*hour|mg/ml|milligrams?|micrograms?|mg|mcg|g\b)?" +
        @"(?:[^.;\d]{0,30}?(?<freq>" + Frequency.Pattern + @"))?(?<prn>\s*(?:prn|as needed|as-needed))?",
        RegexOptions.IgnoreCase)]
    private static partial Regex DoseAfterName();

    /// <param name="text">the text</param>
    /// <param name="from">where the medication mention ends</param>
    /// <param name="to">where the next mention starts (a dose never reaches past it)</param>
    public static ParsedDose? After(string text, int from, int to)
    {
        var window = text[from..Math.Min(to, Math.Min(text.Length, from + 80))];
        var m = DoseAfterName().Match(window);
        if (!m.Success || !m.Groups["dose"].Success) return null;
        var unit = m.Groups["unit"].Success ? m.Groups["unit"].Value : m.Groups["unit1"].Success ? m.Groups["unit1"].Value : "mg";
        // A bare number with no unit and no frequency ("oxycodone 2 years") is not a dose.
        if (!m.Groups["unit"].Success && !m.Groups["unit1"].Success && !m.Groups["freq"].Success && !m.Groups["second"].Success) return null;
        var frequency = m.Groups["freq"].Success ? (m.Groups["freq"].Value + m.Groups["prn"].Value).Trim() : null;
        var end = from + m.Index + m.Length;
        if (frequency is null) end = from + m.Groups["unit"].Index + m.Groups["unit"].Length;
        return new ParsedDose(double.Parse(m.Groups["dose"].Value, CultureInfo.InvariantCulture), MmeCalculator.NormalizeUnit(unit),
            frequency, from + m.Groups["dose"].Index, Math.Max(end, from + m.Groups["dose"].Index + m.Groups["dose"].Length));
    }
}
