using System.Globalization;
using System.Text.RegularExpressions;

namespace CaseGraph.Core.Dosing;

/// <summary>Reads dosing frequencies ("q6h prn", "BID", "every 4 to 6 hours", "at bedtime") as doses per day. Pure.</summary>
public static partial class Frequency
{
    /// <summary>The frequency phrases this parser knows, for finding them in running text.</summary>
    public const string Pattern =
        @"q\.?\s*(?<h>\d{1,2})\s*(?:-\s*\d{1,2}\s*)?h(?:ours?|rs?|r)?\b|every\s+(?<h>\d{1,2})\s*(?:(?:to|-)\s*\d{1,2}\s*)?hours?|" +
        @"(?<n>once|twice|three times|four times|five times|six times|\d\s*(?:x|times))\s*(?:a|per|each|every)?\s*(?:day|daily)|" +
        @"\b(?<one>daily|qd|q\.?d\.?|qday|once daily|every day|each day|qhs|q\.?h\.?s\.?|at bedtime|nightly|every night|every morning|each morning|in the morning|qam|q\.?a\.?m\.?|qpm|q\.?p\.?m\.?|every evening)\b|" +
        @"\b(?<bid>bid|b\.i\.d\.?)|\b(?<tid>tid|t\.i\.d\.?)|\b(?<qid>qid|q\.i\.d\.?)|\b(?<week>weekly|once a week|every week)\b|\b(?<month>monthly|once a month|every month)\b|" +
        @"every\s+(?<days>\d)\s+days";

    [GeneratedRegex(Pattern, RegexOptions.IgnoreCase)]
    private static partial Regex Phrase();

    [GeneratedRegex(@"\b(prn|as needed|as-needed|when needed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsNeeded();

    /// <summary>Doses per day, or null when the text names no frequency. "As needed" counts at its most frequent.</summary>
    public static double? DosesPerDay(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var m = Phrase().Match(text);
        return m.Success ? DosesPerDay(m) : null;
    }

    internal static double? DosesPerDay(Match m)
    {
        if (m.Groups["h"].Success) return 24.0 / Math.Max(1, int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture));
        if (m.Groups["n"].Success) return Times(m.Groups["n"].Value);
        if (m.Groups["one"].Success) return 1;
        if (m.Groups["bid"].Success) return 2;
        if (m.Groups["tid"].Success) return 3;
        if (m.Groups["qid"].Success) return 4;
        if (m.Groups["week"].Success) return 1.0 / 7;
        if (m.Groups["month"].Success) return 1.0 / 30;
        if (m.Groups["days"].Success) return 1.0 / int.Parse(m.Groups["days"].Value, CultureInfo.InvariantCulture);
        return null;
    }

    public static bool IsAsNeeded(string? text) => text is not null && AsNeeded().IsMatch(text);

    private static double Times(string word) => word.ToLowerInvariant() switch
    {
        "once" => 1,
        "twice" => 2,
        "three times" => 3,
        "four times" => 4,
        "five times" => 5,
        "six times" => 6,
        var digits => char.IsDigit(digits[0]) ? digits[0] - '0' : 1,
    };
}
