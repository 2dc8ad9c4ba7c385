using System.Globalization;
using System.Text.RegularExpressions;
using CaseGraph.Core.Dosing;

namespace CaseGraph.Core.Search;

/// <summary>A daily MME a query names ("90 MME", "MME>=90", "90 morphine milligram equivalents"): the number, its band
/// (<see cref="MmeCalculator.Band"/>) and the characters that named it.</summary>
public sealed partial record MmeInQuery(double Mme, string Band, int Start, int End)
{
    /// <summary>The largest daily MME read from a query; a bigger number is not read as a dose.</summary>
    public const double MaxMme = 10_000;

    /// <summary>The first MME the text names, or null. A comparison ("MME>=90", "over 90 MME") reads as the number
    /// alone: a reading ranks, it never filters.</summary>
    public static MmeInQuery? Read(string text)
    {
        try
        {
            foreach (Match match in Pattern().Matches(text))
            {
                if (!double.TryParse(match.Groups["n"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var mme)) continue;
                if (mme is <= 0 or > MaxMme) continue;
                return new MmeInQuery(mme, MmeCalculator.Band(mme), match.Index, match.Index + match.Length);
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // a reading is a help: a text too costly to read is searched by its words alone
        }
        return null;
    }

    private const string Number = @"(?<n>\d{1,5}(?:\.\d{1,2})?)";
    private const string PerDay = @"(?:\s*(?:/|per\s+)\s*d(?:ay)?\b|\s+daily\b)?";
    private const string Unit = @"(?:mmes?|medd|morphine[\s-]+(?:milligram[\s-]+)?equivalents?(?:\s+(?:daily\s+)?doses?)?)";

    // "90 MME", "90MME", "90 mg MME", "90 mme/day", "90 morphine milligram equivalents"; "MME 90", "MME>=90", "MME of 90 mg".
    [GeneratedRegex(@"\b" + Number + @"\s*(?:mg\s*)?(?:(?:/|per\s+)\s*d(?:ay)?\s*)?(?:of\s+)?" + Unit + @"\b" + PerDay +
        @"|\b" + Unit + PerDay + @"\s*(?:of\s+|>=|=>|≥|>|=|:|<=|≤|<)?\s*" + Number + @"(?:\s*mg)?\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Pattern();
}
