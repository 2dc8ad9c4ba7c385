using System.Text.RegularExpressions;

namespace CaseGraph.Core.Privacy.Finders;

/// <summary>
/// Identifier numbers the labelled patterns do not name: a value of five digits or more after a number word ("Hosp. no.
/// 8169082", "IP no. IP/2024/118745", "Ärztekammer-Nr. 54321", "civil ID 289011501234"), and a long run of digits
/// standing alone ("checking 483019227714"). Their kind is read from the words before them: a plate, a licence or
/// register, a plan, an account, a device, and otherwise a record number. Record, plan, account and licence numbers
/// all hold a record back alike; the kind tells a reviewer where to look.
/// </summary>
public sealed partial class NumberInContext(Regex pattern, double confidence) : IPhiFinder
{
    public static readonly IPhiFinder AfterNumberWord = new NumberInContext(AfterNumberWordPattern(), PhiConfidence.Labelled);

    /// <summary>Read after every other kind: a long number that is a phone, a card or a date is found as one first.</summary>
    public static readonly IPhiFinder LongDigitRun = new NumberInContext(LongDigitRunPattern(), PhiConfidence.Likely);

    /// <summary>A value of capitals and five digits or more standing alone ("file K-0093361", "card QX905123", "OTP-Q-448210"):
    /// what a record, plan or account number looks like whatever its label (a capital first: "0900C2" is a mail locator).
    /// Not a vanity hotline (1-800-FDA-1088) or a trial registration (NCT04512345).</summary>
    public static readonly IPhiFinder CodedValue = new NumberInContext(CodedValuePattern(), PhiConfidence.Likely);

    public double Confidence => confidence;

    public IEnumerable<(PhiKind Kind, int Start, int End)> Find(string text)
    {
        if (!RegexFinder.HasDigit(text)) yield break;
        foreach (Match m in pattern.Matches(text))
        {
            var id = m.Groups["id"];
            var from = Math.Max(0, m.Index - 30);
            if (ProductWords().IsMatch(text.AsSpan(from, id.Index - from)) || DiagnosisCode().IsMatch(id.ValueSpan)) continue;
            // "Arlington, VA 222091903": a ZIP+4 written in one run after a city and a state
            var kind = id.Length == 9 && CityAndStateBefore().IsMatch(text.AsSpan(from, id.Index - from)) ? PhiKind.Zip : KindFrom(text.AsSpan(from, id.Index - from));
            yield return (kind, id.Index, id.Index + id.Length);
        }
    }

    private static PhiKind KindFrom(ReadOnlySpan<char> before)
    {
        foreach (var (words, kind) in KindWords)
            if (words.IsMatch(before)) return kind;
        return PhiKind.Mrn;
    }

    private static readonly (Regex Words, PhiKind Kind)[] KindWords =
    [
        (PhoneWords(), PhiKind.Phone),
        (PlateWords(), PhiKind.Vehicle),
        (DeviceWords(), PhiKind.Device),
        (AccountWords(), PhiKind.Account),
        (PlanWords(), PhiKind.HealthPlan),
        (LicenceWords(), PhiKind.License),
    ];

    /// <summary>"Z79.891", "F11.20", "6C43.20": an ICD-10 or ICD-11 code, whatever word stands before it.</summary>
    [GeneratedRegex(@"^(?:[A-Z]\d{2}\.\d{1,4}[A-Z]?|\d[A-Z][0-9A-Z]{2}\.[0-9A-Z]{1,2})$")]
    private static partial Regex DiagnosisCode();

    /// <summary>"lot number 2204A17", "NDC 00000-0123-01", "trial NCT04567890", "ICD-11 code 6C43.20": a product's, a study's or a
    /// diagnosis code's number, not a person's.</summary>
    [GeneratedRegex(@"(?i)\b(?:ICD|SNOMED|CPT|LOINC|HCPCS|DSM|lot|batch|NDC|catalog(?:ue)?|model|version|protocol|trial|ISBN|DOI|PMID|NCT|docket|FDA|recall|law|lei|ley|act|decree|decreto|portaria|regulation|directive|resolution|resolução|resolución|charity|company|ABN|ACN|EIN|VAT|GST|toll-free|hotline|helpline|freephone|short code)\b")]
    private static partial Regex ProductWords();

    [GeneratedRegex(@"(?i)\b(?:call|callback|phone|tel|mobile|cell|contact|text|sms|whatsapp)\b")]
    private static partial Regex PhoneWords();

    [GeneratedRegex(@"(?i)\b(?:car|bike|vehicle|plate|placa|reg|rego|registration|kenteken|kennzeichen|matr[íi]cula|targa)\b")]
    private static partial Regex PlateWords();

    [GeneratedRegex(@"(?i)\b(?:serial|seriennr|serien|s/n|sn|device|pump|stimulator|transmitter|sensor|pdm|implant|pacemaker|udi|imei)")]
    private static partial Regex DeviceWords();

    [GeneratedRegex(@"(?i)\b(?:account|acct|a/c|konto|kontonummer|rekening|compte|conta|cuenta|bank|checking|savings|iban|deposit|refund|billing)")]
    private static partial Regex AccountWords();

    [GeneratedRegex(@"(?i)\b(?:plan|member|insur|medicaid|medicare|medical aid|policy|coverage|beneficiary|philhealth|nhif|versicher|mutuali|mutuelle|card)")]
    private static partial Regex PlanWords();

    [GeneratedRegex(@"(?i)\b(?:licen[cs]e|DL|driver|driving|council|kammer|register|reg\.|registration|DEA|NPI|CPSA|GMC|permit|F[üu]hrerschein)")]
    private static partial Regex LicenceWords();

    /// <summary>"no.", "nr.", "n°", "#", "ID", "number" (perhaps joined to the label by a dash: "Konto-Nr.") and a value with five
    /// digits or more, in groups of letters and digits ("PB 02 CK 4512", "IP/2024/118745", "2024-0417733").</summary>
    [GeneratedRegex(@"(?<=(?i:(?:\b|-)(?:no|nr|n[º°o]|num|ID|number|ref|code)(?![\p{L}])\.?|#)\s*[:#]?\s*)(?<id>(?=(?:[A-Za-z./ -]{0,4}\d){5})[A-Z0-9](?:[A-Za-z0-9./-]*[A-Za-z0-9])?(?: (?=[A-Za-z]{0,4}\d)[A-Za-z0-9](?:[A-Za-z0-9./-]*[A-Za-z0-9])?){0,3})(?![\w-])")]
    private static partial Regex AfterNumberWordPattern();

    [GeneratedRegex(@"(?<![\w./+-])(?<id>(?!1-8|8\d\d-|NCT\d|ISRCTN|ACTRN|EudraCT|ISBN|PMID)(?=(?:[A-Z-]*\d){5})[A-Z][A-Z0-9-]{4,22}[A-Z0-9])(?![\w-]|[.,/:]\w)")]
    private static partial Regex CodedValuePattern();

    [GeneratedRegex(@"\p{Ll},? (?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ALN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY]) $")]
    private static partial Regex CityAndStateBefore();

    /// <summary>Nine to eighteen digits in one run, not part of a decimal, a date or a code.</summary>
    [GeneratedRegex(@"(?<![\w.,/+-])(?<id>\d{9,18})(?![\w/-]|[.,]\d)")]
    private static partial Regex LongDigitRunPattern();
}
