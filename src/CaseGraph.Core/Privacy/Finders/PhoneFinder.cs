using System.Text.RegularExpressions;
using PhoneNumbers;

namespace CaseGraph.Core.Privacy.Finders;

/// <summary>
/// Phone numbers, US and international, found by Google's libphonenumber (default region US). Leniency VALID, not
/// POSSIBLE: on the 486 clean test sentences neither flags anything, but over the bundled corpus (4,272 strings)
/// POSSIBLE reads the dose range "0.125-0.25" as a phone and VALID nothing. VALID rejects the fictional 555 exchange,
/// which the US regexes in PhiPatterns still find. The library is slow, so it only reads short windows around runs
/// of seven or more digits; a "00" dialling prefix reads as "+". A number written with its country code sets the region
/// for the others of the text ("+34 91 447 2180 ... móvil 612 34 56 78").
/// </summary>
public sealed partial class PhoneFinder : IPhiFinder
{
    private static readonly PhoneNumberUtil Numbers = PhoneNumberUtil.GetInstance();

    public double Confidence => PhiConfidence.Checked;

    public IEnumerable<(PhiKind Kind, int Start, int End)> Find(string text)
    {
        var found = new List<(PhiKind Kind, int Start, int End)>();
        List<Match>? unread = null;
        var regions = new List<string>();
        foreach (Match candidate in DigitRun().Matches(text))
        {
            var before = found.Count;
            Read(text, candidate, "US", found, regions);
            if (found.Count == before) (unread ??= []).Add(candidate);
        }
        // "Tel. +48 600 123 456; 22 628 41 19": a number written with its country code sets the region for those without one
        if (unread is not null)
            foreach (var region in regions.Distinct().Where(r => r is not (null or "US" or "ZZ")))
                foreach (var candidate in unread)
                    if (!found.Any(f => f.Start < candidate.Index + candidate.Length && candidate.Index < f.End)) Read(text, candidate, region, found, null);
        return found;
    }

    private static void Read(string text, Match candidate, string region, List<(PhiKind, int, int)> found, List<string>? regions)
    {
        var from = Math.Max(0, candidate.Index - 1);
        var to = Math.Min(text.Length, candidate.Index + candidate.Length + 1);
        var window = DialOutPrefix().Replace(text[from..to], " +"); // same length: offsets hold
        foreach (var number in Numbers.FindNumbers(window, region, PhoneNumberUtil.Leniency.VALID, long.MaxValue))
        {
            var start = from + number.Start;
            if (start > 0 && text[start] == '0' && text[start - 1] == '0') start--; // the "00" it was read from
            found.Add((PhiKind.Phone, start, from + number.Start + number.Length));
            if (regions is not null && number.RawString.TrimStart().StartsWith('+'))
                regions.Add(Numbers.GetRegionCodeForNumber(number.Number));
        }
    }

    /// <summary>Seven or more digits with short separators between them (spaces, dots, dashes, brackets).</summary>
    [GeneratedRegex(@"\+?\(?\d(?:[ .()-]{0,3}\d){6,}\)?")]
    private static partial Regex DigitRun();

    [GeneratedRegex(@"(?<![\w.,/+-])00(?=[1-9])")]
    private static partial Regex DialOutPrefix();
}
