using System.Text.RegularExpressions;
using PhoneNumbers;

namespace CaseGraph.Core.Privacy.Finders;

/// <summary>
/// Phone numbers, US and international, found by Google's libphonenumber (default region US). Leniency VALID, not
/// POSSIBLE: on the 486 clean test sentences neither flags anything, but over the bundled corpus (4,272 strings)
/// POSSIBLE reads the dose range "0.125-0.25" as a phone and VALID nothing. VALID rejects the fictional 555 exchange,
/// which the US regexes in PhiPatterns still find. The library is slow, so it only reads short windows around runs
/// of seven or more digits; a "00" dialling prefix reads as "+".
/// </summary>
public sealed partial class PhoneFinder : IPhiFinder
{
    private static readonly PhoneNumberUtil Numbers = PhoneNumberUtil.GetInstance();

    public double Confidence => PhiConfidence.Checked;

    public IEnumerable<(PhiKind Kind, int Start, int End)> Find(string text)
    {
        foreach (Match candidate in DigitRun().Matches(text))
        {
            var from = Math.Max(0, candidate.Index - 1);
            var to = Math.Min(text.Length, candidate.Index + candidate.Length + 1);
            var window = DialOutPrefix().Replace(text[from..to], " +"); // same length: offsets hold
            foreach (var number in Numbers.FindNumbers(window, "US", PhoneNumberUtil.Leniency.VALID, long.MaxValue))
            {
                var start = from + number.Start;
                if (start > 0 && text[start] == '0' && text[start - 1] == '0') start--; // the "00" it was read from
                yield return (PhiKind.Phone, start, from + number.Start + number.Length);
            }
        }
    }

    /// <summary>Seven or more digits with short separators between them (spaces, dots, dashes, brackets).</summary>
    [GeneratedRegex(@"\+?\(?\d(?:[ .()-]{0,3}\d){6,}\)?")]
    private static partial Regex DigitRun();

    [GeneratedRegex(@"(?<![\w.,/+-])00(?=[1-9])")]
    private static partial Regex DialOutPrefix();
}
