using System.Text.RegularExpressions;

namespace CaseGraph.Core.Privacy.Finders;

/// <summary>
/// Dates written the European way: a day before a month named in German, French, Spanish, Italian, Portuguese,
/// Dutch or a Nordic language ("4. März 2023", "le 4 mars 2023", "4 de marzo de 2023"), and day-first numeric dates
/// with dots or dashes and a four-digit year ("31.12.2023"). A day is always required: a year or a month and year alone
/// stay (Safe Harbor keeps years), and so does a weekday.
/// </summary>
public static partial class DatePatterns
{
    internal const string Months =
        "januar|jänner|janvier|enero|gennaio|janeiro|januari|februar|février|fevrier|febrero|febbraio|fevereiro|februari|" +
        "märz|maerz|mars|marzo|março|marco|maart|april|avril|abril|aprile|mai|mayo|maggio|maio|mei|maj|juni|juin|junio|giugno|junho|" +
        "juli|juillet|julio|luglio|julho|august|août|aout|agosto|augustus|augusti|september|septembre|septiembre|setiembre|settembre|setembro|" +
        "oktober|octobre|octubre|ottobre|outubro|november|novembre|noviembre|novembro|dezember|décembre|decembre|diciembre|dicembre|dezembro|desember|december|" +
        // Polish and Czech in the genitive a date uses ("5 maja", "4. března"), Finnish in the partitive ("4. maaliskuuta")
        "stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|wrzesnia|października|pazdziernika|listopada|grudnia|" +
        "ledna|února|unora|března|brezna|dubna|května|kvetna|června|cervna|července|cervence|srpna|září|zari|října|rijna|listopadu|prosince|" +
        "tammikuuta|helmikuuta|maaliskuuta|huhtikuuta|toukokuuta|kesäkuuta|heinäkuuta|elokuuta|syyskuuta|lokakuuta|marraskuuta|joulukuuta|" +
        // Romanian and Turkish
        "ianuarie|februarie|martie|aprilie|iunie|iulie|septembrie|octombrie|noiembrie|decembrie|" +
        "ocak|şubat|subat|mart|nisan|mayıs|mayis|haziran|temmuz|ağustos|agustos|eylül|eylul|ekim|kasım|kasim|aralık|aralik|" +
        // Russian and Ukrainian in the genitive a date uses ("14 мая 1961", "5 березня 2024")
        "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|" +
        "січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|" +
        // Greek in the genitive a date uses ("12 Μαρτίου 2024")
        "ιανουαρίου|φεβρουαρίου|μαρτίου|απριλίου|μαΐου|μαιου|ιουνίου|ιουλίου|αυγούστου|σεπτεμβρίου|οκτωβρίου|νοεμβρίου|δεκεμβρίου|" +
        // Croatian in the genitive ("7. ožujka 2024.")
        "siječnja|veljače|ožujka|travnja|svibnja|lipnja|srpnja|kolovoza|rujna|studenoga|studenog|prosinca";

    /// <summary>Hungarian months, written after the year ("2023. március 4.").</summary>
    private const string HungarianMonths = "január|február|március|április|május|június|július|augusztus|szeptember|október|november|december";

    public static readonly IPhiFinder[] Finders =
    [
        new RegexFinder(DayNamedMonth(), PhiKind.Date, RegexFinder.Digits),
        new RegexFinder(DayFirstNumeric(), PhiKind.Date, ".-"),
        new RegexFinder(YearFirstNamedMonth(), PhiKind.Date, RegexFinder.Digits),
        new RegexFinder(DayFirstSpacedOrShortYear(), PhiKind.Date, "."),
        new RegexFinder(DayFirstSlashShortYear(), PhiKind.Date, "/"),
        new RegexFinder(RomanMonth(), PhiKind.Date, "./ "),
        new RegexFinder(HolidayWithYear(), PhiKind.Date, RegexFinder.Digits, requiresWords: ["Christmas", "New Year", "Thanksgiving", "Easter", "Independence Day",
            "Boxing Day", "Halloween", "Valentine", "Mother", "Father", "Labor Day", "Labour Day", "Memorial Day", "Canada Day", "Australia Day", "Bastille Day"]),
        new RegexFinder(EastAsianDate(), PhiKind.Date, "年월"),
        new RegexFinder(DayAbbreviatedMonthYear(), PhiKind.Date, "-/. "),
        new RegexFinder(MonthDayAfterScheduleWord(), PhiKind.Date, "/"),
        new MonthBeforeDay(),
    ];

    /// <summary>"enero 12, 2024", "März 4, 2023": a month of another language before the day and a year, the American way.
    /// Read from the day and year back to the month: led by the months, the pattern was tried at nearly every letter
    /// (130 us for a case against 9).</summary>
    private sealed class MonthBeforeDay : IPhiFinder
    {
        public double Confidence => PhiConfidence.Shaped;

        public IEnumerable<(PhiKind Kind, int Start, int End)> Find(string text)
        {
            if (!RegexFinder.HasDigit(text)) yield break;
            foreach (Match m in DayAndYearAfterNamedMonth().Matches(text)) yield return (PhiKind.Date, m.Groups["month"].Index, m.Index + m.Length);
        }
    }

    private const string DayAndYear = @"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?,?\s+(?:de\s+)?(?:19|20)\d{2}";

    [GeneratedRegex(@"(?<![\d.])(?=" + DayAndYear + @"(?!\d))(?<=(?<![\p{L}])(?<month>(?i:" + Months + @"))\s+)" + DayAndYear)]
    private static partial Regex DayAndYearAfterNamedMonth();

    /// <summary>"3.IX.1947", "3 IX 1947", "15-III-2024": a Roman-numeral month between a day and a year (Polish, Czech, Italian).</summary>
    [GeneratedRegex(@"(?<![\d.-])(?:0?[1-9]|[12]\d|3[01])([./ -])(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\1(?:19|20)?\d{2}(?!\d)")]
    private static partial Regex RomanMonth();

    /// <summary>"Christmas Day 2022", "New Year's Eve 2021": a holiday with its year is a day.</summary>
    [GeneratedRegex(@"\b(?:Christmas(?: Day| Eve)?|New Year['’]s(?: Day| Eve)|Thanksgiving(?: Day)?|Easter(?: Sunday| Monday)?|Independence Day|Boxing Day|" +
        @"Halloween|Valentine['’]s Day|Mother['’]s Day|Father['’]s Day|Labou?r Day|Memorial Day|Canada Day|Australia Day|Bastille Day)(?:,)?\s+(?:of\s+)?(?:19|20)\d{2}\b")]
    private static partial Regex HolidayWithYear();

    /// <summary>"2023年4月18日", "令和5年4月18日", "2023년 9월 14일": Japanese, Chinese and Korean dates.</summary>
    [GeneratedRegex(@"(?:(?:19|20)\d{2}|令和\d{1,2}|平成\d{1,2}|昭和\d{1,2})年\s?\d{1,2}月\s?\d{1,2}日|(?:19|20)\d{2}년\s?\d{1,2}월\s?\d{1,2}일")]
    private static partial Regex EastAsianDate();

    /// <summary>"15-ago-1938", "3 janv. 2021", "12-dic-2020": a day, a month abbreviated in another language, and a year.</summary>
    [GeneratedRegex(@"(?<![\d.])(?:0?[1-9]|[12]\d|3[01])[-/. ]\s?(?i:ene|abr|ago|dic|set|ott|gen|mag|giu|lug|dez|mär|okt|fev|out|janv|févr|fevr|avr|juil|déc|dec|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov)\.?[-/. ]\s?(?:19|20)\d{2}(?!\d)")]
    private static partial Regex DayAbbreviatedMonthYear();

    /// <summary>"Friday 5/17", "F/u 1/3", "RTC 2/14": a month and day with no year after a weekday or a word of scheduling,
    /// but not a fraction of a dose ("f/u 1/2 tab").</summary>
    [GeneratedRegex(@"(?<=(?i:\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|f/u|follow[- ]?up|rtc|appt|appointment|due|until|till|since|seen|discharged?|(?:re)?scheduled\s+(?:to|for)|moved\s+to|pushed\s+(?:back\s+)?to)\.?\s+(?:on\s+)?))" +
        @"(?<!\d)(?<id>(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01]))(?![\d/]|\s*(?:tabs?|tablets?|strips?|films?|mg|doses?|of|pills?)\b)")]
    private static partial Regex MonthDayAfterScheduleWord();

    [GeneratedRegex(@"(?<![\d.])(?:19|20)\d{2}\.\s+(?i:" + HungarianMonths + @")\s+(?:[12]\d|3[01]|0?[1-9])\.?(?!\d)")]
    private static partial Regex YearFirstNamedMonth();

    /// <summary>"4. 3. 2023" (Czech, Slovak), "20.8.70" (a two-digit year): day first, with dots.</summary>
    [GeneratedRegex(@"(?<![\d.,/-])(?:0?[1-9]|[12]\d|3[01])\.(?: (?:0?[1-9]|1[0-2])\. (?:19|20)\d{2}|(?:0?[1-9]|1[0-2])\.\d{2})(?![\d-]|\.\d)")]
    private static partial Regex DayFirstSpacedOrShortYear();

    /// <summary>"25/10/21": a day over 12 first and a two-digit year (a US date would put the month first).</summary>
    [GeneratedRegex(@"(?<![\d/.-])(?:1[3-9]|2\d|3[01])/(?:0?[1-9]|1[0-2])/\d{2}(?![\d/-]|\.\d)")]
    private static partial Regex DayFirstSlashShortYear();

    [GeneratedRegex(@"(?<![\d.,])(?:1er|[12]\d|3[01]|0?[1-9])\.?(?:º|°)?\s+(?:de\s+)?(?i:" + Months + @")(?![\p{L}])(?:,?\s+(?:de\s+)?(?:19|20)\d{2}(?!\d))?")]
    private static partial Regex DayNamedMonth();

    [GeneratedRegex(@"(?<![\d.,/-])(?:0?[1-9]|[12]\d|3[01])([.-])(?:0?[1-9]|1[0-2])\1(?:19|20)\d{2}(?![\d-]|\.\d)")]
    private static partial Regex DayFirstNumeric();
}
