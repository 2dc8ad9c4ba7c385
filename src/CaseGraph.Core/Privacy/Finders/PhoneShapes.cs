using System.Text.RegularExpressions;

namespace CaseGraph.Core.Privacy.Finders;

/// <summary>
/// Phone numbers libphonenumber cannot place without knowing the country (it reads with region US): an international
/// number with its country code ("+64 9 182 9537", "+44 (0)20 7946 0958"), a national one with its trunk zero ("0161 496
/// 0920", "(02) 9876 5432", "070-731 17 65"), and short local numbers in groups ("2345 6789", "346 409 662",
/// "22 12 34 56", "555-0163", an Indian mobile "98140 55432"), which are phones for sure only after a word of contact
/// ("reachable on", "fax", "SMS to", "call").
/// Every shape needs a separator, so doses ("0.125"), codes and years run together stay.
/// </summary>
public sealed partial class PhoneShapes(Regex pattern, double confidence, int minDigits = 8, int maxDigits = 15) : IPhiFinder
{
    public static readonly IPhiFinder[] Finders =
    [
        new PhoneShapes(International(), PhiConfidence.Shaped),
        new PhoneShapes(LocalAfterContactWord(), PhiConfidence.Shaped, maxDigits: 10),
        new PhoneShapes(SevenDigitsAfterPhoneWord(), PhiConfidence.Shaped, minDigits: 7, maxDigits: 7),
    ];

    /// <summary>Shapes without a country code or a word of contact: read after every other kind, which they give way to.</summary>
    public static readonly IPhiFinder[] Unlabelled =
    [
        new PhoneShapes(TrunkZero(), PhiConfidence.Likely, maxDigits: 12),
        new PhoneShapes(LocalGroups(), PhiConfidence.Likely, maxDigits: 9),
        new PhoneShapes(IndianMobile(), PhiConfidence.Likely, minDigits: 10, maxDigits: 11),
    ];

    public double Confidence => confidence;

    public IEnumerable<(PhiKind Kind, int Start, int End)> Find(string text)
    {
        if (!RegexFinder.HasDigit(text)) yield break;
        foreach (Match m in pattern.Matches(text))
        {
            var number = m.Groups["id"];
            var digits = 0;
            foreach (var c in number.ValueSpan) if (char.IsAsciiDigit(c)) digits++;
            if (digits >= minDigits && digits <= maxDigits && !LooksLikeYears(number.ValueSpan))
                yield return (PhiKind.Phone, number.Index, number.Index + number.Length);
        }
    }

    /// <summary>"2019 2020": two years side by side are a span of time.</summary>
    private static bool LooksLikeYears(ReadOnlySpan<char> number) =>
        number.Length == 9 && (number.StartsWith("19") || number.StartsWith("20")) && number[4] is ' ' or '-' && (number[5..].StartsWith("19") || number[5..].StartsWith("20"));

    private const string End = @"(?![\d/]|[.,]\d|\s?(?:mg|mcg|ml|mL|g|%|units?|MME)\b)";

    [GeneratedRegex(@"(?<![\w+])(?<id>\+\d{1,3}(?:\s?\(0\))?(?:[ .-]?\(?\d{1,5}\)?){2,6})" + End)]
    private static partial Regex International();

    [GeneratedRegex(@"(?i:\b(?:on|to|at|tel\.?|phone|mobile|cell|fax|faxed|sms|text|call|contact|number|reached|reachable|voicemail|ring)\b)[^\d\n]{0,12}?" +
        @"(?<![\d.,/])(?<id>\d{4}[ -]\d{4}|\d{3} \d{3} \d{3}|\d{2}(?: \d{2}){3})" + End)]
    private static partial Regex LocalAfterContactWord();

    /// <summary>"pager 555-0163", "call me at 555-0138", "DSN 295-4410", "sími 462 1234": a local number of seven digits after a
    /// word for a phone (not "cell": "cell count 150-4000").</summary>
    [GeneratedRegex(@"(?i:\b(?:tel\.?|phone|pager|beeper|call|callback|DSN|sími)\b)[^\d\n]{0,12}?(?<![\d.,/])(?<id>[2-9]\d{2}[ -]\d{4})" + End)]
    private static partial Regex SevenDigitsAfterPhoneWord();

    [GeneratedRegex(@"(?<![\w.,/+-])(?<!(?i:NDC|lot|batch)[\s#:]*)(?<id>(?!\d{5}-\d{4}(?!\d))(?:0 ?\(\d{1,4}\)|\(0\d{1,4}\)|0\d{1,4})(?:[ -]\d{2,4}){0,3}[ -]\d{2,8})" + End)]
    private static partial Regex TrunkZero();

    [GeneratedRegex(@"(?<![\w.,/+:-])(?<id>[1-9]\d{3}[ -]\d{4}|[1-9]\d{2} \d{3} \d{3})" + End)]
    private static partial Regex LocalGroups();

    /// <summary>"98140 55432", "098140 12345": an Indian mobile number as it is written, two groups of five digits (the first
    /// from 6 to 9), perhaps after its trunk zero.</summary>
    [GeneratedRegex(@"(?<![\w.,/+:-])(?<id>0?[6-9]\d{4} \d{5})" + End)]
    private static partial Regex IndianMobile();
}
