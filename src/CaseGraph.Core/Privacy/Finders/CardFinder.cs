using System.Text.RegularExpressions;

namespace CaseGraph.Core.Privacy.Finders;

/// <summary>Payment card numbers: 12-19 digits run together, in fours, or as 4-6-4/4-6-5, that pass the Luhn check.
/// Safe Harbor counts them as account numbers. A leading "+" or zero (phone numbers) is not a card, nor the tail of an IBAN.</summary>
public sealed partial class CardFinder : IPhiFinder
{
    public double Confidence => PhiConfidence.Checked;

    public IEnumerable<(PhiKind Kind, int Start, int End)> Find(string text)
    {
        foreach (Match m in CardShaped().Matches(text))
            if (PassesLuhn(m.ValueSpan)) yield return (PhiKind.Account, m.Index, m.Index + m.Length);
    }

    private static bool PassesLuhn(ReadOnlySpan<char> grouped)
    {
        Span<char> digits = stackalloc char[19];
        var n = 0;
        foreach (var c in grouped)
            if (char.IsAsciiDigit(c)) { if (n == digits.Length) return false; digits[n++] = c; }
        return n >= 12 && Checksums.Luhn(digits[..n]);
    }

    [GeneratedRegex(@"(?<![\w.,+/-]|[A-Z]{2}\d{2} )[1-9](?:\d{11,18}|\d{3}(?:([ -])\d{4}\1\d{4}(?:\1\d{1,4}){0,2}|([ -])\d{6}\2\d{4,5}))(?![\w/-]|[.,]\d)")]
    private static partial Regex CardShaped();
}
