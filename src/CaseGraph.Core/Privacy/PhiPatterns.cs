using System.Text.RegularExpressions;
using CaseGraph.Core.Privacy.Finders;

namespace CaseGraph.Core.Privacy;

/// <summary>
/// The fixed-format and labelled identifier patterns of <see cref="PhiDetector"/>. Where a pattern has a group
/// named "id", only that group is the identifier (the label before it is context, not PHI).
/// </summary>
internal static partial class PhiPatterns
{
    private const string No = @"(?:\s*(?:number|no\.?|num\.?|#|ID|identifier))?";
    private const string Sep = @"\s*(?:is|was|of)?\s*[:#=]?\s*";
    private const string Value = @"(?<id>(?!(?:19|20)\d\d-(?:19|20)?\d\d(?![A-Za-z0-9-]|\.\d))(?=[A-Za-z0-9.-]*\d)[A-Za-z0-9][A-Za-z0-9.-]{3,}[A-Za-z0-9])";
    private const string MonthAbbreviation = @"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)";
    private const string Month = @"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?";
    private const string Day = @"(?:0?[1-9]|[12]\d|3[01])";
    private const string MonthNumber = @"(?:0?[1-9]|1[0-2])";
    private const string OldAge = @"(?:9\d|1[01]\d)";
    /// <summary>After a number: more digits, a decimal or a unit make it a measure ("sat is 94%", "is 92 mg"), not an age.</summary>
    private const string NoMeasureAfter = @"(?![\d%]|[.,/]\d|\s*(?:%|mg|kg|lbs?|bpm|mm|cm|kilos?|pounds?|percent|minutes?|hours?|days?|weeks?|months?|times?|mcg|ml|mme)\b)";

    /// <summary>Checked in this order; a later match overlapping an earlier finding is dropped. A pattern runs only
    /// on text holding one of its required characters (when it has any): most clinical text has no '@' or '/'.</summary>
    public static readonly IPhiFinder[] Ordered =
    [
        new CardFinder(), // checksummed numbers first: a card is never read as a phone or a date
        new IbanFinder(),
        new RegexFinder(Email(), PhiKind.Email, "@", confidence: PhiConfidence.Checked),
        new RegexFinder(Url(), PhiKind.Url, "/.", confidence: PhiConfidence.Checked),
        new RegexFinder(Ipv4(), PhiKind.Ip, ".", confidence: PhiConfidence.Checked),
        new RegexFinder(Ipv6(), PhiKind.Ip, ":", confidence: PhiConfidence.Checked),
        new RegexFinder(LabelledSsn(), PhiKind.Ssn, "SsOo", confidence: PhiConfidence.Checked),
        new RegexFinder(Ssn(), PhiKind.Ssn, "-", confidence: PhiConfidence.Labelled),
        new RegexFinder(LabelledVehicle(), PhiKind.Vehicle, confidence: PhiConfidence.Labelled),
        new RegexFinder(LabelledDevice(), PhiKind.Device, RegexFinder.Digits, confidence: PhiConfidence.Labelled),
        new RegexFinder(LabelledMrn(), PhiKind.Mrn, RegexFinder.Digits, confidence: PhiConfidence.Labelled),
        new RegexFinder(LabelledHealthPlan(), PhiKind.HealthPlan, RegexFinder.Digits, confidence: PhiConfidence.Labelled),
        new RegexFinder(LabelledAccount(), PhiKind.Account, RegexFinder.Digits, confidence: PhiConfidence.Labelled),
        new RegexFinder(LabelledLicense(), PhiKind.License, RegexFinder.Digits, confidence: PhiConfidence.Labelled),
        new RegexFinder(LabelledOtherId(), PhiKind.HealthPlan, RegexFinder.Digits, confidence: PhiConfidence.Labelled),
        .. NationalIdPatterns.Finders,
        new RegexFinder(LabelledFax(), PhiKind.Fax, "Ff", confidence: PhiConfidence.Labelled),
        new PhoneFinder(),
        new RegexFinder(LabelledPhoneDigits(), PhiKind.Phone, RegexFinder.Digits, confidence: PhiConfidence.Labelled),
        new RegexFinder(LabelledLocalPhone(), PhiKind.Phone, RegexFinder.Digits, confidence: PhiConfidence.Labelled),
        new RegexFinder(Phone(), PhiKind.Phone, RegexFinder.Digits),
        new RegexFinder(InternationalPhone(), PhiKind.Phone, RegexFinder.Digits),
        new RegexFinder(BareTenDigitPhone(), PhiKind.Phone, RegexFinder.Digits),
        .. PhoneShapes.Finders,
        new SpokenPhoneFinder(),
        NumberInContext.AfterNumberWord,
        new RegexFinder(Dea(), PhiKind.License, RegexFinder.Digits),
        new RegexFinder(Vin(), PhiKind.Vehicle, RegexFinder.Digits),
        new RegexFinder(IsoDate(), PhiKind.Date, "-"),
        new RegexFinder(NumericDate(), PhiKind.Date, "/.-"),
        new RegexFinder(DayFirstDate(), PhiKind.Date, "/"),
        new RegexFinder(YearFirstDottedDate(), PhiKind.Date, "./"),
        new RegexFinder(DayMonthAbbreviationYear(), PhiKind.Date, RegexFinder.Digits),
        new RegexFinder(OrdinalDay(), PhiKind.Date, RegexFinder.Digits),
        new RegexFinder(LabelledShortDate(), PhiKind.Date, "/", confidence: PhiConfidence.Labelled),
        new RegexFinder(CompactBirthDate(), PhiKind.Date, RegexFinder.Digits, confidence: PhiConfidence.Labelled),
        new RegexFinder(CompactDate(), PhiKind.Date, RegexFinder.Digits),
        new RegexFinder(MonthDayDate(), PhiKind.Date, RegexFinder.Digits),
        new RegexFinder(DayMonthDate(), PhiKind.Date, RegexFinder.Digits),
        .. DatePatterns.Finders,
        new RegexFinder(AgeYearsOld(), PhiKind.Age, RegexFinder.Digits),
        new RegexFinder(AgeAged(), PhiKind.Age, RegexFinder.Digits),
        new RegexFinder(AgeYo(), PhiKind.Age, RegexFinder.Digits),
        new RegexFinder(AgeInYearsOtherLanguages(), PhiKind.Age, RegexFinder.Digits),
        new RegexFinder(AgeAfterName(), PhiKind.Age, RegexFinder.Digits),
        new RegexFinder(AgeInParentheses(), PhiKind.Age, "("),
        new RegexFinder(AgeStated(), PhiKind.Age, RegexFinder.Digits),
        new RegexFinder(BareUrl(), PhiKind.Url, "/", PhiConfidence.Labelled, [".com/", ".org/", ".net/", ".gov/", ".edu/", ".io/", ".us/", ".info/", ".me/", ".ly/"]),
        new RegexFinder(LabelledZip(), PhiKind.Zip, RegexFinder.Digits, confidence: PhiConfidence.Labelled),
        new RegexFinder(ZipPlusFour(), PhiKind.Zip, "-"),
    ];

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")]
    private static partial Regex Email();

    [GeneratedRegex(@"\b(?:https?://|www\.)[^\s<>""'()]+[^\s<>""'().,;:!?]", RegexOptions.IgnoreCase)]
    private static partial Regex Url();

    [GeneratedRegex(@"(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?!\.?\d)")]
    private static partial Regex Ipv4();

    [GeneratedRegex(@"(?<![\w:])(?:(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}|(?:[0-9A-Fa-f]{1,4}:){1,6}:(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,5})?)(?![\w:])")]
    private static partial Regex Ipv6();

    [GeneratedRegex(@"(?i:\bSSN|\bSS#|social security(?: number| no\.?| #)?|soc\.? sec\.?(?: number| no\.?| #)?)[^\d\n]{0,30}?(?<![\d-])(?<id>\d{3}[- ]?\d{2}[- ]?\d{4})(?!\d)")]
    private static partial Regex LabelledSsn();

    [GeneratedRegex(@"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])")]
    private static partial Regex Ssn();

    [GeneratedRegex(@"(?i:\b(?:licen[cs]e plate|plate|tag|VIN|vehicle identification)" + No + ")" + Sep + @"(?<id>[A-Z]{2,3}[ -]\d{3,4}\b|(?=[A-Za-z0-9-]*\d)[A-Za-z0-9][A-Za-z0-9-]{1,16})")]
    private static partial Regex LabelledVehicle();

    [GeneratedRegex(@"(?i:\b(?:serial|S/N|SN|device|UDI|IMEI|Seriennr\.?|Seriennummer|num[ée]ro de s[ée]rie|n[º°] de serie|transmitter|sensor|PDM|pump)" + No + ")" + Sep +
        @"(?:(?<id>[A-Z]{2,4} \d{4,8}(?: [A-Z](?![\w-]))?)(?![\w-])|" + Value + ")")]
    private static partial Regex LabelledDevice();

    [GeneratedRegex(@"(?i:\b(?:MRN|MR\s?#|MR|medical record|med\.? rec\.?|chart|record|hospital|patient ID|patient number)" + No + ")" + Sep + Value +
        @"|(?i:\bMRN\b)[^\d\n]{1,25}?(?<![\w-])(?<id>(?=[A-Za-z0-9-]*\d{4})[A-Za-z0-9][A-Za-z0-9-]{3,}[A-Za-z0-9])")]
    private static partial Regex LabelledMrn();

    [GeneratedRegex(@"(?i:\b(?:member|subscriber|policy|health plan|insurance|insurer|Medicaid|Medicare|plan|group|beneficiary|payer|BCBS|Aetna|Humana|Cigna|MBI|HICN)" + No + ")" + Sep + Value)]
    private static partial Regex LabelledHealthPlan();

    [GeneratedRegex(@"(?i:\b(?:account|acct\.?|billing|invoice|claim)" + No + ")" + Sep + Value)]
    private static partial Regex LabelledAccount();

    [GeneratedRegex(@"(?i:\b(?:driver'?s licen[cs]e|licen[cs]e|lic\.?|DL|DEA|NPI|certificate|registration|permit)" + No + ")" + Sep + Value)]
    private static partial Regex LabelledLicense();

    [GeneratedRegex(@"(?i:\bfax(?:ed)?\b)[^\d\n]{0,30}?(?<id>(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-]?)\d{3}[\s.-]?\d{4})(?!\d)")]
    private static partial Regex LabelledFax();

    [GeneratedRegex(@"(?i:\b(?:phone|cell|call|tel|telephone|mobile|text|pager|contact|reach(?: \w+)? at|number)\b)\D{0,12}?(?<id>(?<!\d)\d{10})(?!\d)")]
    private static partial Regex LabelledPhoneDigits();

    [GeneratedRegex(@"(?<![\w-])(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?![\w-])")]
    private static partial Regex Phone();

    [GeneratedRegex(@"(?<![\d+])\+1\d{10}(?!\d)")]
    private static partial Regex InternationalPhone();

    /// <summary>Ten digits run together in the US shape ("5551234567"): the library rejects the fictional 555 exchange.</summary>
    [GeneratedRegex(@"(?<![\w.,/+-])[2-9]\d{2}[2-9]\d{6}(?![\w/-]|[.,]\d)")]
    private static partial Regex BareTenDigitPhone();

    /// <summary>After a phone word, an eight-digit local number in two groups ("Tel. 2345 6789"), a national number with its
/// trunk zero ("tél 01 42 68 53 00", "Telefon 030 1234567") or without one in four groups ("tel. 91 402 33 17", "móvil 612
/// 34 56 78", "tlf. 22 33 44 55"), which the library cannot place without a region.</summary>
    [GeneratedRegex(@"(?i:\b(?:tel|phone|ph|mobile|cell|call|telefon|telephone|téléphone|tél|tlf|móvil|movil|teléfono|telefono|tfno|simu|cellulare)\b)[^\d\n]{0,12}?(?<id>(?<![\d.])(?:\d{4}[ -]\d{4}|0\d{1,4}(?:[ ./-]?\d{2,4}){2,4}|[1-9]\d{1,2}(?: \d{2,3}){3}))(?!\d|[.-]\d)")]
    private static partial Regex LabelledLocalPhone();

    /// <summary>Any other labelled identifier ("TRICARE ID ...", "recipient ID ..."): most are health plan numbers.</summary>
    [GeneratedRegex(@"(?:\b[A-Z]{3,}|(?i:\brecipient|\benrollee|\bclient))\s+(?i:ID|number|no\.?|#)" + Sep + Value)]
    private static partial Regex LabelledOtherId();

    [GeneratedRegex(@"(?<=\b[A-Za-z]+),\s+(?<id>" + OldAge + @")(?=,)|(?<![\w.])(?<id>" + OldAge + @")(?=[MF]\b|\s?y/?o\b)")]
    private static partial Regex AgeAfterName();

    /// <summary>"her 96th birthday", "pt was 95 at the time", "her yiayia is 95.", "and is now 90", "Mahmoud Abdel-Rahman, 90 years,
    /// hip fracture": an age said in words (a person before the verb: "sat is 94" is no age).</summary>
    [GeneratedRegex(@"(?i)(?<![\d.,])(?<id>" + OldAge + @")(?:st|nd|rd|th)\s+birthday\b" +
        @"|(?<=\b(?:pt|patient|he|she|who|han|hon|er|sie|il|elle|(?:great-?)?grand(?:mother|father|ma|pa)|granny|gran|nana|nan|mother|father|mom|mum|dad|husband|wife|aunt|uncle|" +
        @"yiayia|nonna|nonno|abuela|abuelo|avó|avô|oma|opa|babcia|dziadek|bubbe|lola|lolo|kuia|koro|elder|resident|client|veteran|widow(?:er)?)\s+" +
        @"(?:was|is|turned|turns|will be|fyller|fylte|fyldte|wird|wurde|cumple|cumplió|compie|aura|a eu)\s+(?:now\s+)?)(?<id>" + OldAge + ")" + NoMeasureAfter + @"(?!\s*at night\b)" +
        @"|(?<=\b(?:pt|patient)\s+)(?<id>" + OldAge + @")\s*(?:yrs?|years?|y/?o)\b" +
        @"|(?<=\bwas (?:8\d|9\d) [^.;]{0,40}\band is now\s+)(?<id>" + OldAge + @")\b" +
        @"|(?<=,\s*)(?<id>" + OldAge + @")\s+(?:years?|yrs?)\b(?!\s+(?:ago|later|earlier|before|after|since|of (?:use|smoking|drinking)))")]
    private static partial Regex AgeStated();

    /// <summary>"mijn vader Henk is 91", "Doña Remedios, 94,": an age over 89 right after a person just named (read from the
    /// name's end).</summary>
    [GeneratedRegex(@"\G(?:\s+(?:is|was|turned|turns|will be|ist|wird|wurde|est|a|es|tiene|cumple|é|tem|fez|è|ha|compie|är|er|fyller)\s+(?:now\s+|nu\s+|jetzt\s+)?|,\s*)" +
        @"(?<id>" + OldAge + ")" + NoMeasureAfter)]
    internal static partial Regex AgeAfterAName();

    [GeneratedRegex(@"\((?<id>" + OldAge + @")(?:\s*(?:y|yo|yrs?|years?|J\.?|Jahre|ans|años|anos|anni|jaar|år|lat))?\)")]
    private static partial Regex AgeInParentheses();

    [GeneratedRegex(@"(?<![\w@.])[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|org|net|gov|edu|io|us|info|me|ly)/[^\s<>""'()]*[^\s<>""'().,;:!?]")]
    private static partial Regex BareUrl();

    [GeneratedRegex(@"(?<![\d/.-])(?:1[3-9]|2\d|3[01])/(?:0?[1-9]|1[0-2])/(?:19|20)\d{2}(?![\d/-]|\.\d)")]
    private static partial Regex DayFirstDate();

    /// <summary>"2024.03.12", "2024/3/12", and Korean "2024. 3. 12." (a space after each dot, and a dot at the end).</summary>
    [GeneratedRegex(@"(?<![\d.])(?:19|20)\d{2}(?:([./])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01])(?![\d]|\.\d)|\. (?:0?[1-9]|1[0-2])\. (?:0?[1-9]|[12]\d|3[01])\.)")]
    private static partial Regex YearFirstDottedDate();

    [GeneratedRegex(@"(?<!\d)" + Day + @"[- ](?i:" + MonthAbbreviation + @")\.?[- ](?:19|20)?\d{2}(?!\d)")]
    private static partial Regex DayMonthAbbreviationYear();

    [GeneratedRegex(@"(?i:\b(?:on|since|for|by|until|from|before|after|of|to|till|til)\s+the)\s+(?<id>" + Day + @"(?:st|nd|rd|th))\b" +
        @"(?!\s+(?i:floor|fl|grade|time|dose|line|week|day|month|year|attempt|visit|cycle|ward|bed|level|stor(?:e)?y|round|session|trimester|percentile))")]
    private static partial Regex OrdinalDay();

    /// <summary>"DOB 19720814": a birth date written as eight digits after its label.</summary>
    [GeneratedRegex(@"(?<=(?i:\b(?:DOB|d\.o\.b\.?|born|date of birth))\s*:?\s*)(?<id>(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))(?!\d)")]
    private static partial Regex CompactBirthDate();

    /// <summary>"Admission 20230615": eight digits that read as a date of 1950-2049 (an EHR export's form), standing alone.</summary>
    [GeneratedRegex(@"(?<![\d./-])(?<id>(?:19[5-9]\d|20[0-4]\d)(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))(?![\d./-])")]
    private static partial Regex CompactDate();

    [GeneratedRegex(@"\b[A-Z][A-Z9]\d{7}\b")]
    private static partial Regex Dea();

    [GeneratedRegex(@"\b(?=[A-HJ-NPR-Z0-9]*\d)(?=[A-HJ-NPR-Z0-9]*[A-HJ-NPR-Z])[A-HJ-NPR-Z0-9]{17}\b")]
    private static partial Regex Vin();

    [GeneratedRegex(@"(?<![\d-])(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?![\d-])")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"(?<![\d/.-])" + MonthNumber + @"([/.-])" + Day + @"\1(?:(?:19|20)\d{2}|\d{2})(?![\d/-]|\.\d)")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"(?<=(?i:\b(?:on|admitted|discharged|seen|dated|until|DOB|born|visit|surgery|died|released|arrested|date|since|due|note|filled|dispensed|refill|for|called|booked|next|appt|appointment|by|till|til|fre|fri|mon|tue|wed|thu|sat|sun)\b)\s*:?\s*)(?<id>(?<![\d/])" + MonthNumber + "/" + Day + @")(?![\d/])")]
    private static partial Regex LabelledShortDate();

    /// <summary>"March 12", "Jan. 5th, 2024", and in a text message's lower case "march 12" (a month written out; not "may", nor "dec 3" for a decrease).</summary>
    [GeneratedRegex(@"\b(?:" + Month + @"|(?:january|february|march|april|june|july|august|september|october|november|december)(?=\s+\d))\s+" + Day + @"(?:st|nd|rd|th)?(?![\d:])(?:,?\s+(?:19|20)\d{2}(?!\d))?")]
    private static partial Regex MonthDayDate();

    [GeneratedRegex(@"(?<![\d.])" + Day + @"(?:st|nd|rd|th)?\s+(?:of\s+)?" + Month + @"(?:,?\s+(?:19|20)\d{2}(?!\d))?")]
    private static partial Regex DayMonthDate();

    [GeneratedRegex(@"(?<!\d)" + OldAge + @"(?:\s*|-)(?:years?|yrs?|y)(?:\s*|-)old\b", RegexOptions.IgnoreCase)]
    private static partial Regex AgeYearsOld();

    [GeneratedRegex(@"(?i:\b(?:aged?|age of|at age|turned|turns|turning))\s*:?\s+(?<id>" + OldAge + @")(?!\d|\.\d)")]
    private static partial Regex AgeAged();

    [GeneratedRegex(@"(?<!\d)" + OldAge + @"\s*(?:yo|y/o|y\.o\.|yr old)(?!\w)", RegexOptions.IgnoreCase)]
    private static partial Regex AgeYo();

    [GeneratedRegex(@"(?i:\b(?:zip(?: code)?|postal code|post ?code|CEP|C\.?P\.?|PLZ|code postal|c[óo]digo postal|cod po[șs]tal|kod pocztowy|PSČ|irányítószám|postnummer|CAP|Eircode|PIN code|pincode)\b)\s*[:#]?\s*(?<id>\d{5}(?:-\d{3,4})?|\d{3} ?\d{2,3}|\d{2}-\d{3}|\d{4}(?:-\d{3})?|[A-Z0-9]{2,4} ?[A-Z0-9]{3,4})(?![\w-])")]
    private static partial Regex LabelledZip();

    /// <summary>"94 Jahre alt", "âgée de 92 ans", "92 años", "91 anni", "95 jaar", "97 v.", "90 বছর"; "miaka 92", "edad: 93".</summary>
    [GeneratedRegex(@"(?<![\d.,])(?<id>" + OldAge + @")(?:\s*|-)(?:Jahre|jähr|ans\b|años|anos|anni|jaar|år|lat\b|let\b|éves|vuotias|vuotta|v\.(?!\s*\d)|yaşında|yasinda|лет|года|год|років|歳|岁|세|বছর|साल|वर्ष|tuổi|ปี|عام|سنة)" +
        @"|(?<=(?<![\p{L}])(?i:miaka|umri|edad|idade|età|anni|Alter|âge|ålder|alder|leeftijd|wiek|возраст|вік)\s*:?\s+)(?<id>" + OldAge + @")(?![\d.,]\d|\s*%)")]
    private static partial Regex AgeInYearsOtherLanguages();

    [GeneratedRegex(@"(?<![\d-])\d{5}-\d{4}(?![\d-])")]
    private static partial Regex ZipPlusFour();
}
