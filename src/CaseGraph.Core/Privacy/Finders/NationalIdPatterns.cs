using System.Buffers;
using System.Text.RegularExpressions;

namespace CaseGraph.Core.Privacy.Finders;

/// <summary>
/// Numbers after the labels other countries give them: national patient and insurance numbers ("NHS number", "AHV-Nr.",
/// "Versichertennummer", "OHIP", "CPF"), professional registers ("RPPS", "HPCSA MP", "CRM-MG"), driving licences
/// ("permis de conduire n°"), number plates ("Kennzeichen", "matrícula", "reg.") and accounts ("Debitorennummer").
/// The value may be written in groups with single spaces, dots, dashes or slashes ("1240 230489", "TPG/912122/55") and
/// has five characters or more ("NHS 111" is a helpline).
/// </summary>
public static partial class NationalIdPatterns
{
    /// <summary>What may stand between a label and its value (a number word, a colon, also the full-width "："); no letter right after the label, but
    /// after a Chinese, Japanese or Korean label the value may follow at once ("身分證字號A123456789", "健保卡號000012345678").</summary>
    private const string Number = @"(?:(?<=[\u3040-\u9FFF\uAC00-\uD7AF])|(?![\p{L}]))\.?(?i:(?:[-\s]*(?:number|no\.?|nr\.?|n[º°o]\.?|num\.?|#|ID|folio|ref\.?))?(?:\s*(?:number|no\.?|nr\.?|n[º°o]\.?|num\.?|#|ID|folio))?\s*(?:is|was|of)?)(?:\s*\([A-Z]{2,4}\))?\)?\s*[:：#=]?\s*";
    /// <summary>Perhaps one or two groups of capitals ("MBY-MAT-0452"), then at least two digits and what follows them without a space; then up to three more
    /// groups after single spaces, each with a digit in its first five characters ("ZTHX 2714 6182", "5376 00241 1").</summary>
    private const string Value = @"(?<id>(?=(?:[\p{L}0-9][ ./-]?){5})(?:\p{Lu}{1,6}[ ./-]?){0,2}\d[.-]?\d(?:[A-Za-z0-9./-]*[A-Za-z0-9])?(?: [A-Za-z]{0,4}\d(?:[A-Za-z0-9./-]*[A-Za-z0-9])?){0,3})(?![\w-])";

    /// <summary>"placas del vehículo", "matrícula del coche", "Targa dell'auto", "Kenteken van de scooter": the vehicle named after its plate's label.</summary>
    private const string VehicleWords = @"(?:[\s']+(?i:del|de|do|da|la|le|van|of|the|dell|des|du|auto|coche|carro|veh[íi]culo|voiture|scooter|moto|car|truck|van)\b){0,3}";

    // Common words only with the number word after them ("patient ID", "case no."): searched alone they are everywhere.
    private static readonly string[] PatientLabels = [.. Numbered("case", "file", "chart", "hospital", "patient", "client"), "UHID", "AHV", "AVS", "SVNR", "SV-Nr",
        "KVNR", "Versichertennummer", "NHS", "CHI", "NHI", "personnummer", "person", "CPR", "BSN", "PESEL", "codice fiscale", "DNI", "NIE", "NIF",
        "CPF", "Aadhaar", "HETU", "rodné číslo", "utente", "fødselsnummer", "rijksregisternummer", "INSZ", "NISS", "IHI", "URN", "national ID",
        "ID card", "identity card", "isikukood", "personas kods", "asmens kodas", "MyKad", "CNIC", "civil ID", "CF", "r. č.", "Fallnummer", "dossier", "Ficha", "Trust ref",
        "Hosp", "IP no", "T.C. kimlik", "RUT", "CURP", "CIP", "RRN", "NIC", "SV-Nummer", "Henkilötunnus", "henkilötunnus", "ABHA", "Emirates ID", "PPSN", "PPS", "kennitala", "kt.", "ИИН", "ΑΜΚΑ", "AMKA", "身份证", "주민등록번호", "マイナンバー",
        // national and personal numbers of more countries: Latin America, Asia, Africa, the Balkans, the UK, Canada, Australia and NZ
        "cédula", "cedula", "CUIL", "CUIT", "DPI", "DUI", "RFC", "NSS", "NRIC", "HKID", "CNP", "СНИЛС", "SNILS", "PAN", "NHC", "NUHSA", "NRC", "FNPF",
        "accession", "registre national", "numéro national", "身分證", "身分证", "TFN", "NINO", "NI number", "National Insurance", "SIN", "IRD", "OIB", "EGN",
        "ЕГН", "JMBG", "EMŠO", "AFM", "ΑΦΜ", "NIK", "KTP", "PhilSys", "NIN", "BVN", "Omang", "Ghana card", "MRN",
        // prisons, camps, programmes and registers: the numbers a person is filed under there
        .. Numbered("prison", "prisoner", "inmate", "clinic", "programme", "program", "register"), "MIN", "PRN", "MDOC", "CDCR", "client code", "expediente",
        "Substitutionsausweis", "ARC", "NID", "CNI", "TRN", "voter ID", "UNHCR case", "case",
        "historia clínica", "historia clinica", "Rentenversicherungsnummer", "رقم الملف", "رقم الهوية", "NUSS", "NAF", "SGK",
        "病歷號", "病历号", "病案号", "住院號", "住院号", "カルテ番号"];

    /// <summary>Two or three capitals that are also common abbreviations ("95% CI 1.12-3.45"): a label only before a national
    /// number's own shape (<see cref="ShortLabelNumber"/>).</summary>
    private static readonly string[] ShortPatientLabels = ["HC", "RUN", "RUT", "CI", "C.I.", "BI", "NIP"];

    private static readonly string[] InsuranceLabels = ["Krankenversichertennummer", "CIN", "mutualit", "medical aid", "PhilHealth", "NHIF", "OHIP", "RAMQ", "MSP", "PHN", "AHCIP", .. Numbered("member"), "membership", "polis", "lidnummer", "Versicherungsnummer", "carte vitale",
        "NIR", "sécurité sociale", "securite sociale", "EHIC", "Medicare", "Medicaid", "mutuelle", .. Numbered("policy", "insurance"), "Bupa", "AXA", "Allianz",
        "AOK", "medical card", "NHIS", "HCN", "Versichertenkarte", "obra social", "afiliado", "afiliada", "health card", "assurance maladie",
        "IMSS", "ISSSTE", "afiliación", "afiliacion", "credencial", "tessera sanitaria", "tarjeta sanitaria", "cartão SUS", "cartao SUS", "CNS", "DVA", "e-card", "Kela",
        "健保卡號", "健保卡号", "醫保卡號", "医保卡号", "保険証番号", "保險卡號"];

    private static readonly string[] RegisterLabels = ["Ärztekammer", "Arztekammer", "CPSA", "CPSO", "CPSM", "CPSBC", "CPSS", "CPSNS", "Medical Council", "MCI", "PA DL", "DL", "RPPS", "ADELI", "HPCSA", "CRM", "CRF", "MDCN", "GMC", "AHPRA", "NMC", "MCNZ", "LANR", "licence",
        "license", "CMQ", "cédula profesional", "cedula profesional", "pecsétszám", "pecsetszam", "permis de conduire", "rijbewijs", "Führerschein", "Fuhrerschein", "carnet", "patente", "driving licen", "register", "registration no",
        "prawa wykonywania zawodu", "PWZ", "NPWZ", "colegiado", "BIG", "registro médico", "registro medico", "Ordine dei Medici"];

    private static readonly string[] PlateLabels = ["registered as", "registration", "reg", "rego", "placa", "matrícula", "matricula", "Kennzeichen",
        "immatriculation", "immatriculée", "immatricule", "plaque", "plaka", "placas", "vehicle", "car", "номер машины", "targa", "kenteken", "number plate", "numberplate", "plate", "rekisterinumero", "rendszám", "rendszam", "registreringsnummer", "regnr", "rekisterikilpi"];

    private static readonly string[] AccountLabels = ["a/c", "acct", "checking", "savings", "Rekeningnummer", "Debitorennummer", "Kontonummer", "Konto", "Kundennummer", "numéro de compte", "numero de compte",
        "compte", "conta", "cuenta", "conto", "rekening"];

    /// <summary>"patient no", "patient ID", "patient#", ...: a common word as a label only with a number word after it.</summary>
    private static IEnumerable<string> Numbered(params string[] words) =>
        words.SelectMany(w => new[] { " no", " nr", " n°", " nº", " number", " ID", " #", "#", "-Nr", " ref" }.Select(n => w + n));

    public static readonly IPhiFinder[] Finders =
    [
        new LabelledFinder(PatientLabels, PatientNumber(), PhiKind.Mrn),
        new LabelledFinder(ShortPatientLabels, ShortLabelNumber(), PhiKind.Mrn),
        new LabelledFinder(InsuranceLabels, InsuranceNumber(), PhiKind.HealthPlan),
        new LabelledFinder(RegisterLabels, RegisterNumber(), PhiKind.License),
        new LabelledFinder(PlateLabels, NumberPlate(), PhiKind.Vehicle),
        new LabelledFinder(AccountLabels, AccountNumber(), PhiKind.Account),
    ];

    [GeneratedRegex(@"\G(?i:(?:case|file|chart|hospital|patient|client)(?:\s*(?:number|no\.?|nr\.?|n[º°]\.?|#|ID|ref\.?)|-Nr)|NHS|UHID|AHV(?:-Nr)?|AVS|SVNR|SV-Nr|KVNR|" +
        @"Versichertennummer|CHI|NHI|personnummer|person(?:al)? number|CPR|BSN|PESEL|codice fiscale|DNI|NIE|NIF|CPF|Aadhaar|HETU|rodné číslo|utente|" +
        @"fødselsnummer|rijksregisternummer|INSZ|NISS|IHI|URN|national ID|ID card|identity card|isikukood|personas kods|asmens kodas|MyKad|CNIC|civil ID|CF|r\. č\.|Fallnummer|dossier|" +
        @"Ficha|Trust ref\.?|Hosp|IP no\.?|T\.C\. kimlik(?: no)?|RUT|CURP|CIP|RRN|NIC|SV-Nummer|Henkilötunnus|ABHA|Emirates ID|PPSN?|kennitala|kt\.|ИИН|ΑΜΚΑ|AMKA|身份证号?(?:码)?|주민등록번호|マイナンバー|" +
        @"c[ée]dula(?: de (?:identidad|ciudadan[íi]a))?|CUIL|CUIT|DPI|DUI|RFC|NSS|NRIC|HKID|CNP|СНИЛС|SNILS|PAN|NHC|NUHSA|NRC|FNPF|accession|registre national|num[ée]ro national|" +
        @"身分[證证](?:字號|號碼?)?|TFN|NINO|NI number|National Insurance(?: number)?|SIN|IRD|OIB|EGN|ЕГН|JMBG|EMŠO|AFM|ΑΦΜ|NIK|KTP|PhilSys|NIN|BVN|Omang|Ghana card|MRN|" +
        @"(?:prison|prisoner|inmate|clinic|programme|program|register)(?:\s*(?:number|no\.?|nr\.?|n[º°]\.?|#|ID|ref\.?)|-Nr)|MIN|PRN|MDOC|CDCR|client code|expediente|" +
        @"Substitutionsausweis|ARC|NID|CNI|TRN|voter ID|UNHCR case|case|historia cl[íi]nica|Rentenversicherungsnummer|رقم الملف|رقم الهوية|NUSS|NAF|SGK(?: sicil(?: no)?)?|" +
        @"病歷號|病历号|病案号|住院[號号]|カルテ番号)" + Number + Value)]
    private static partial Regex PatientNumber();

    /// <summary>"CI 4.321.765-2", "C.I. V-18.456.789" (Venezuela's, with its V or E), "RUN 12.345.678-5", "HC 778120", "BI 110100123456A", "NIP 123-456-32-18": digits grouped by
    /// thousands with a check digit, six or more in a run, or Poland's tax groups; never a confidence interval.</summary>
    [GeneratedRegex(@"\G(?:HC|RUN|RUT|CI|C\.I|BI|NIP)\.?:?\s+(?<id>(?:[VE]-?)?\d{1,3}(?:\.\d{3}){2,3}(?:-[\dkK])?|\d{6,13}[A-Z]?|\d{3}-\d{3}-\d{2}-\d{2})(?![\w.,-]?\d)")]
    private static partial Regex ShortLabelNumber();

    [GeneratedRegex(@"\G(?i:Krankenversichertennummer|(?:Medicaid\s+)?CIN|mutualit[ée]|medical aid|PhilHealth(?:\s+ID)?|NHIF|OHIP|RAMQ|MSP|PHN|AHCIP|member(?:ship)?|polis(?:nummer)?|(?:mutualiteit\s+)?lidnummer|Versicherungsnummer|carte vitale|NIR|s[ée]curit[ée] sociale|EHIC|NHIS|" +
        @"Medicare(?:\s+card)?|Medicaid|mutuelle|policy|insurance|Bupa|AXA|Allianz|AOK|medical card|IMSS|ISSSTE|(?:n[úu]mero de )?afiliaci[óo]n(?: (?:IMSS|ISSSTE))?|credencial|tessera sanitaria|tarjeta sanitaria|cart[ãa]o SUS|CNS|DVA(?: file)?|e-card|Kela|HCN|Versichertenkarte(?:\s+[A-Z]{2,5})?|obra social(?:\s+[A-Z]{2,6})?(?:,?\s+afiliad[oa])?|afiliad[oa]|health card|assurance maladie(?: est)?|" +
        @"健保卡[號号]|醫保卡號|医保卡号|保険証番号|保險卡號)" + Number + Value)]
    private static partial Regex InsuranceNumber();

    [GeneratedRegex(@"\G(?i:[ÄA]rztekammer|CPS(?:A|O|M|BC|S|NS)(?:\s+reg\.?)?|(?:[\p{Lu}][\p{L}]+\s+){0,2}Medical Council(?:\s+reg\.?)?|MCI(?:\s+reg\.?)?|(?:[A-Z]{2}\s+)?DL|RPPS|ADELI|HPCSA(?:\s+MP)?|CRM(?:-[A-Z]{2})?|CRF|MDCN|GMC|AHPRA|NMC|MCNZ|LANR|licen[cs]e|CMQ|c[ée]dula profesional|pecs[ée]tsz[áa]m|permis de conduire|" +
        @"rijbewijs(?:nummer)?|F[üu]hrerschein(?:nummer)?|carnet(?: de conducir)?|patente|driving licen[cs]e|register|registration no|prawa wykonywania zawodu|N?PWZ|(?:n[º°o]\.? )?colegiado|BIG|registro m[ée]dico(?: RM)?|Ordine dei Medici(?: di \p{Lu}\p{Ll}+)?(?: n\.)?)" + Number + Value)]
    private static partial Regex RegisterNumber();

    [GeneratedRegex(@"\G(?i:registered as|registration|reg\.?|rego|placa|matr[íi]cula|Kennzeichen|immatriculation|plaque|plaka|placas|vehicle|car|номер машины|targa|kenteken|number plate|numberplate|" +
        @"plate|rekisterinumero|rendsz[áa]m|immatricul[ée]e?|registreringsnummer|regnr|rekisterikilpi)" + VehicleWords + Number + @"(?<id>(?=(?:[A-Z0-9][ -]?){5})[A-Z0-9]{1,4}(?:[ -][A-Z0-9]{1,7}){1,3}|(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z0-9]{5,8})(?![\w-])")]
    private static partial Regex NumberPlate();

    [GeneratedRegex(@"\G(?i:a/c|acct\.?|checking|savings|Debitorennummer|Kontonummer|Konto|Kundennummer|num[ée]ro de compte|compte|conta|cuenta|conto|rekening(?:nummer)?)" + Number + Value)]
    private static partial Regex AccountNumber();
}

/// <summary>
/// A labelled identifier found fast: the labels are searched for all at once (vectorised, ignoring case), and the
/// pattern, anchored with \G, is tried only where a label starts a word. Much cheaper than a pattern led by dozens of
/// alternatives, which is tried at every letter.
/// </summary>
public sealed class LabelledFinder(string[] labels, Regex anchored, PhiKind kind, double confidence = PhiConfidence.Labelled) : IPhiFinder
{
    private readonly SearchValues<string> _labels = SearchValues.Create(labels, StringComparison.OrdinalIgnoreCase);

    /// <summary>The labels searched for; the anchored pattern must read each of them.</summary>
    public IReadOnlyList<string> Labels => labels;

    public PhiKind Kind => kind;

    public double Confidence => confidence;

    public IEnumerable<(PhiKind Kind, int Start, int End)> Find(string text)
    {
        if (!RegexFinder.HasDigit(text)) yield break;
        for (var from = 0; from < text.Length;)
        {
            var at = text.AsSpan(from).IndexOfAny(_labels);
            if (at < 0) yield break;
            at += from;
            from = at + 1;
            if (at > 0 && char.IsLetterOrDigit(text[at - 1]) && !IsIdeograph(text[at - 1]) && !IsIdeograph(text[at])) continue;
            var m = anchored.Match(text, at);
            if (!m.Success) continue;
            var id = m.Groups["id"];
            if (!HasFiveLettersOrDigits(text.AsSpan(id.Index, id.Length))) continue; // "run 10 km" is no number
            yield return (kind, id.Index, id.Index + id.Length);
            from = id.Index + id.Length;
        }
    }

    private static bool HasFiveLettersOrDigits(ReadOnlySpan<char> id)
    {
        var count = 0;
        foreach (var c in id) if (char.IsLetterOrDigit(c) && ++count == 5) return true;
        return false;
    }

    /// <summary>CJK text has no spaces: a label there starts a word wherever it stands.</summary>
    private static bool IsIdeograph(char c) => c is >= '\u3040' and <= '\u9FFF' or >= '\uAC00' and <= '\uD7AF';
}
