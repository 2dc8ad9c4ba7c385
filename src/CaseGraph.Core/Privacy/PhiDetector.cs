using System.Text.RegularExpressions;
using CaseGraph.Core.Privacy.Finders;

namespace CaseGraph.Core.Privacy;

/// <summary>
/// Finds Safe Harbor identifiers in free text: fixed formats (email, URL, IP, SSN, phone numbers found by libphonenumber,
/// card numbers and IBANs with their check digits, dates more precise than a month, ages over 89), numbers after a
/// label ("MRN:", "member ID", "serial"), street addresses and postal codes in several languages (Finders/),
/// and person names from titles ("Dr.", "Mrs."), relation words ("her son", "named") and a name list. Clinical
/// words from the vocabulary are never names, so drug names, doses and MME values pass. Pure and thread-safe.
/// </summary>
public sealed partial class PhiDetector
{
    private readonly PhiLexicon _lexicon;
    private readonly double _threshold;
    /// <summary>After <see cref="PhiPatterns.Ordered"/>: street lines and ZIP codes from the lexicon's words, then the other languages' addresses and postal codes.</summary>
    private readonly IPhiFinder[] _addressFinders;

    /// <summary>Names the cues and lists miss, learned from labelled text; none in tests of the rules alone.</summary>
    private readonly NameTagger? _tagger;

    /// <param name="threshold">findings less sure than this are not reported (<see cref="PhiConfidence"/>)</param>
    public PhiDetector(PhiLexicon lexicon, double threshold = PhiConfidence.DefaultThreshold, NameTagger? tagger = null)
    {
        _lexicon = lexicon;
        _threshold = threshold;
        _tagger = tagger;
        var suffixes = string.Join('|', lexicon.StreetSuffixes.Concat(StreetAbbreviations).Select(Regex.Escape).OrderByDescending(s => s.Length));
        var street = new Regex(@"(?<![\d.,/-])(?:\d{1,4}[A-Za-z]?/)?\d{1,6}(?:-\d{1,6})?[A-Za-z]?(?:,(?=\s+\d+(?:st|nd|rd|th)\b))?(?:\s+[NSEW]\.?)?(?:\s+(?:\p{Lu}[\p{L}'.-]*|\d+(?:st|nd|rd|th)?)){1,4}?\s+(?:" + suffixes +
            @")\b\.?(?:,?\s+(?:Apt|Apartment|Suite|Ste|Unit|Lot|Room|#)\.?\s*#?[A-Za-z0-9-]+)?", RegexOptions.Compiled);
        var states = string.Join('|', lexicon.States.Concat(StateCodes).Select(Regex.Escape));
        var stateZip = new Regex(@"\b(?:" + states + @"),?\s+(?<id>\d{5}(?:-\d{4})?)(?!\d)", RegexOptions.Compiled);
        _addressFinders = [new RegexFinder(street, PhiKind.Address, RegexFinder.Digits), new RegexFinder(stateZip, PhiKind.Zip, RegexFinder.Digits),
            .. AddressPatterns.Finders, .. PostalCodePatterns.Finders, .. ScriptPatterns.Finders];
    }

    private static readonly string[] StreetAbbreviations =
        ["St", "Ave", "Av", "Rd", "Blvd", "Ln", "Dr", "Ct", "Pl", "Pkwy", "Hwy", "Ter", "Cir", "Trl", "Way", "Sq", "Hts", "Cres", "Pde", "Tce", "Gr", "Crt", "Esp", "Cl", "Close", "Mews", "Rise", "Wynd", "Parade"];

    private static readonly string[] StateCodes =
    [
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI",
        "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT",
        "VT", "VA", "WA", "WV", "WI", "WY", "DC", "PR",
    ];

    public IReadOnlyList<PhiFinding> Scan(string text) => Recalled(text, learnedNames: true);

    /// <summary>Screens a label made of an id's or a file name's words ("Cdc R Nonpharm", <see cref="SafeLabels.AsWords"/>):
    /// the rules alone, for the learned tagger takes such title-cased words for names. A name in a label is still found
    /// by its list or its cue ("Case Maria Lopez").</summary>
    public IReadOnlyList<PhiFinding> ScanLabel(string label) => Recalled(label, learnedNames: false);

    /// <summary>Short texts recur: labels read from ids (their digits are spaces, <see cref="SafeLabels.AsWords"/>), drug names,
    /// frequencies, programmes. Their findings are kept, for at most <see cref="RecalledTexts"/> texts of at most
    /// <see cref="RecalledLength"/> characters, and given again: the detector is pure, so they equal a new scan. A short
    /// field's scan costs nearly what a long one's does (some sixty patterns start on it): recalling them takes 15-30% off a
    /// bundled case's scan and half of what it allocates.</summary>
    private IReadOnlyList<PhiFinding> Recalled(string text, bool learnedNames)
    {
        if (text.Length > RecalledLength) return Scan(text, learnedNames);
        if (_recalled.TryGetValue((text, learnedNames), out var known)) return known;
        PhiFinding[] found = [.. Scan(text, learnedNames)];
        if (Volatile.Read(ref _recalledCount) < RecalledTexts && _recalled.TryAdd((text, learnedNames), found)) Interlocked.Increment(ref _recalledCount);
        return found;
    }

    private const int RecalledLength = 64, RecalledTexts = 16_384;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Text, bool LearnedNames), PhiFinding[]> _recalled = new();
    private int _recalledCount;

    private List<PhiFinding> Scan(string text, bool learnedNames)
    {
        var found = new List<PhiFinding>();
        foreach (var finder in PhiPatterns.Ordered) AddAll(finder, text, found);
        foreach (var finder in _addressFinders) AddAll(finder, text, found);
        AddAfterEach(text, found, PhiKind.Address, PostalCodeAfterStreetLine(), PhiKind.Zip);
        foreach (var finder in PhoneShapes.Unlabelled) AddAll(finder, text, found);
        AddAll(NumberInContext.LongDigitRun, text, found);
        AddAll(NumberInContext.CodedValue, text, found);
        AddNames(text, found);
        if (learnedNames) AddLearnedNames(text, found);
        AddRepeatedNames(text, found);
        AddAfterEach(text, found, PhiKind.Name, PhiPatterns.AgeAfterAName(), PhiKind.Age);
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        MarkFaxNumbers(text, found);
        return found;
    }

    /// <summary>Capitals outside ASCII that may start a name (Ł, Ö, Š, Ж, Ω, ...): a text with none of these and no A-Z has only lower-case names.</summary>
    private static readonly System.Buffers.SearchValues<char> NonAsciiCapitals =
        System.Buffers.SearchValues.Create([.. Enumerable.Range(0xC0, 0x530 - 0xC0).Select(c => (char)c).Where(char.IsUpper)]);

    /// <summary>Adds what <paramref name="pattern"/>'s "id" reads right after each finding of kind <paramref name="after"/>.</summary>
    private void AddAfterEach(string text, List<PhiFinding> found, PhiKind after, Regex pattern, PhiKind kind)
    {
        foreach (var finding in found.Where(f => f.Kind == after).ToList())
        {
            var id = pattern.Match(text, finding.End).Groups["id"];
            if (id.Success) Add(found, kind, id.Index, id.Index + id.Length, PhiConfidence.Shaped);
        }
    }

    /// <summary>A postal code after a street line, perhaps past a unit, a district, a city and a state: ", 2000 Brussel", " bus 3, 2000 Antwerpen",
    /// ", Ikoyi, Lagos 100001", ", Sydney NSW 2000", ", 61-758 Wrocław".</summary>
    [GeneratedRegex(@"\G(?:,?\s+(?i:bus|bte|boîte|bt|apt|ap|app|bl|sc|et|piso|dpto|int|bât|flat|unit)\.?\s*\w{1,4}(?![\w-]))*,?\s*(?:\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}(?:\s+-\s+[A-Z]{2})?,\s*){0,3}(?:\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}\s+(?:[A-Z]{2,3}\s+)?|[A-Z]{1,2}-)?" +
        @"(?<id>\d{5}-\d{3}|\d{4,6}|\d{3} \d{2}|\d{2}-\d{3}|\d{4}-\d{3}|\d{4} ?[A-Z]{2}(?![\p{L}]))(?![\w-])")]
    private static partial Regex PostalCodeAfterStreetLine();

    /// <summary>A phone number with "fax" (or "faxed", "Telefax") before it, and no other number between, is a fax number.</summary>
    private static void MarkFaxNumbers(string text, List<PhiFinding> found)
    {
        for (var i = 0; i < found.Count; i++)
        {
            if (found[i].Kind != PhiKind.Phone) continue;
            var from = Math.Max(i > 0 ? found[i - 1].End : 0, found[i].Start - 40);
            if (FaxWord().IsMatch(text.AsSpan(from, found[i].Start - from))) found[i] = found[i] with { Kind = PhiKind.Fax };
        }
    }

    [GeneratedRegex(@"(?i)\b(?:tele)?fax(?:ed)?\b(?![^\d]*\b(?:tel|phone|mobile|cell)\b)")]
    private static partial Regex FaxWord();

    private void AddAll(IPhiFinder finder, string text, List<PhiFinding> found)
    {
        if (finder.Confidence < _threshold) return;
        foreach (var (kind, start, end) in finder.Find(text))
            if (kind is PhiKind.Name or PhiKind.Address or PhiKind.Date or PhiKind.Age || !IsHotline(text, start, end))
                Add(found, kind, start, end, finder.Confidence);
    }

    /// <summary>A North American toll-free number (1-800, 888, 877, ...) after a word for a hotline ("SAMHSA's helpline
    /// 1-800-662-4357", "Poison Control at 1-800-222-1222") is published for anyone, never a person's. Any other toll-free
    /// number (a clinic's call-back line, an insurer's fax) is held like every phone: it points at the patient's care.</summary>
    private static bool IsHotline(string text, int start, int end) =>
        IsTollFree(text.AsSpan(start, end - start)) && HotlineWord().IsMatch(text.AsSpan(Math.Max(0, start - 60), Math.Min(start, 60)));

    [GeneratedRegex(@"(?i)\b(?:(?:hot|help|life|quit|warm)\s?line|poison|SAMHSA|crisis|suicide|988|NIDA|veterans|TTY|TDD)\b")]
    private static partial Regex HotlineWord();

    /// <summary>A North American toll-free number: 1-800, 888, 877, 866, 855, 844, 833.</summary>
    internal static bool IsTollFree(ReadOnlySpan<char> number)
    {
        Span<char> digits = stackalloc char[16];
        var n = 0;
        foreach (var c in number)
            if (char.IsAsciiDigit(c)) { if (n == digits.Length) return false; digits[n++] = c; }
        var d = n == 11 && digits[0] == '1' ? digits[1..n] : digits[..n];
        return d.Length == 10 && d[0] == '8' && d[1] == d[2] && d[1] is '0' or '3' or '4' or '5' or '6' or '7' or '8';
    }

    /// <summary>
    /// Adds a finding at least as sure as the threshold unless an earlier (higher-priority) one already covers part of
    /// it. Findings never overlap, so the list is kept in order and only the one before the insertion point can overlap
    /// (a binary search, not a scan).
    /// </summary>
    private void Add(List<PhiFinding> found, PhiKind kind, int start, int end, double confidence, bool afterPersonCue = false)
    {
        if (end <= start || confidence < _threshold) return;
        var (lo, hi) = (0, found.Count);
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (found[mid].Start < end) lo = mid + 1; else hi = mid;
        }
        if (lo > 0 && found[lo - 1].End > start) return;
        found.Insert(lo, new PhiFinding(kind, start, end, confidence, afterPersonCue));
    }
}
