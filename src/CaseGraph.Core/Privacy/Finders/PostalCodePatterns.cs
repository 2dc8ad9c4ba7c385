using System.Text.RegularExpressions;

namespace CaseGraph.Core.Privacy.Finders;

/// <summary>
/// Postal codes outside the US, where their shape or an address around them says so: Canada ("K1A 0B1"), the UK
/// ("SW1A 1AA", "M1 1AE"), Australia after a state ("NSW 2000"), and European codes before a city name after a
/// comma, a line break or "in" (never a weekday, month or time word) ("10115 Berlin", "1012 AB Amsterdam", "114 55 Stockholm", "1000-001 Lisboa", "010512 București", "34740 Kadıköy/İstanbul").
/// A four-digit code that reads as a year (19xx, 20xx) is left alone there: Safe Harbor keeps years.
/// </summary>
public static partial class PostalCodePatterns
{
    public static readonly IPhiFinder[] Finders =
    [
        new RegexFinder(Canadian(), PhiKind.Zip, RegexFinder.Digits),
        new RegexFinder(British(), PhiKind.Zip, RegexFinder.Digits),
        new RegexFinder(Australian(), PhiKind.Zip, RegexFinder.Digits),
        new RegexFinder(EuropeanBeforeCity(), PhiKind.Zip, RegexFinder.Digits),
        new RegexFinder(Irish(), PhiKind.Zip, RegexFinder.Digits, PhiConfidence.Likely),
        new RegexFinder(AfterCityInAddress(), PhiKind.Zip, RegexFinder.Digits, PhiConfidence.Likely),
    ];

    /// <summary>", Cape Town 8001", ", Bengaluru 560001", ", Tokyo 100-0005", ", Quezon City 1118": a city after a comma and a code of
    /// four to six digits ending the address (a four-digit year is left alone).</summary>
    [GeneratedRegex(@"(?<=,\s*(?:\p{Lu}\p{Ll}[\p{L}'’.-]*\s+){1,3}(?:[A-Z]{2,3}\s+)?)(?<![\d])(?!(?:19|20)\d\d\b)(?<id>\d{3}-\d{4}|\d{4,6}|\d{3} \d{2})(?=\s*(?:[,;.)|]|$|\s+(?:last|and|for|with|after|since|until|\()))")]
    private static partial Regex AfterCityInAddress();

    /// <summary>An Eircode ("D02 X285", "A65 F4E2"): a routing key and four characters, at least one of them a digit.</summary>
    [GeneratedRegex(@"\b(?:[AC-FHKNPRTV-Y]\d{2}|D6W) (?=[0-9AC-FHKNPRTV-Y]{0,3}\d)[0-9AC-FHKNPRTV-Y]{4}\b")]
    private static partial Regex Irish();

    [GeneratedRegex(@"\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d\b")]
    private static partial Regex Canadian();

    [GeneratedRegex(@"\b(?:[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?) \d[ABD-HJLNP-UW-Z]{2}\b")]
    private static partial Regex British();

    [GeneratedRegex(@"(?<=\b(?:NSW|VIC|QLD|TAS)\s+|\b[A-Z][a-z]+,?\s+(?:ACT|NT|SA|WA)\s+)(?<!\d)(?<id>\d{4})\b")]
    private static partial Regex Australian();

    [GeneratedRegex(@"(?<=(?:^|[,;\n])\s*|\b(?:in|nach|à|en|em|i)\s+|\b(?:[A-Z]|[A-Z]{2})-)(?<![\d])(?<id>(?!(?:19|20)\d\d\s)\d{4,6}|\d{3} \d{2}|\d{2}-\d{3}|\d{4}-\d{3}|\d{4} ?(?!IU|MG|ML|UI|PM|AM)[A-Z]{2})\s+" +
        @"(?!(?i:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|patient|case|hour|minute|day|week|month|year))\p{Lu}[\p{Ll}]+(?:[\s,.);/-]|$)", RegexOptions.Multiline)]
    private static partial Regex EuropeanBeforeCity();
}
