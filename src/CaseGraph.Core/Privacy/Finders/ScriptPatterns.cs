using System.Text.RegularExpressions;

namespace CaseGraph.Core.Privacy.Finders;

/// <summary>
/// Identifiers in scripts the capital-letter rules cannot read: Japanese, Chinese and Korean names before an honorific
/// or after a word for the patient or kin ("山田 花子さん", "患者王建国", "김민수 씨"), Arabic names after a title or
/// "the patient", and street lines and postal codes written the Chinese, Japanese or Russian way ("建国路88号3单元502室",
/// "神宮前1-14-7 コーポ青山203", "ул. Садовая, д. 14, кв. 27", "〒150-0001", "邮编100022"), a phone number after a Chinese,
/// Japanese or Korean label ("電話0912-345-678"; ids after such labels are <see cref="NationalIdPatterns"/>), and Argentina's "C1425BGN".
/// </summary>
public static partial class ScriptPatterns
{
    private const string Han = @"\p{IsCJKUnifiedIdeographs}";
    /// <summary>The most common Chinese surnames: a name in running Chinese text starts with one.</summary>
    private const string ChineseSurname = "[王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤]";

    /// <summary>Letters of Hebrew, Arabic and Persian, Devanagari and Thai: a text with none has no name in these scripts.</summary>
    private static readonly string UncasedScripts = new([.. Enumerable.Range(0x0590, 0x0700 - 0x0590).Concat(Enumerable.Range(0x0900, 0x80))
        .Concat(Enumerable.Range(0x0E00, 0x80)).Select(c => (char)c)]);

    /// <summary>The most common Korean surnames: a name starts with one.</summary>
    private const string KoreanSurname = "[김이박최정강조윤장임한오서신권황안송류홍전고문양손배백허유남심노하곽성차주우구민진나]";

    public static readonly IPhiFinder[] Finders =
    [
        new RegexFinder(JapaneseNameBeforeHonorific(), PhiKind.Name, "さ様氏く君ち先殿", PhiConfidence.Shaped),
        new RegexFinder(ChineseName(), PhiKind.Name, "患病家丈妻儿女母父联姓先医护", PhiConfidence.Shaped),
        new RegexFinder(JapaneseNameAfterPatient(), PhiKind.Name, "患", PhiConfidence.Shaped),
        new RegexFinder(KoreanName(), PhiKind.Name, "씨님환", PhiConfidence.Shaped),
        new RegexFinder(NameAfterPatientWord(), PhiKind.Name, UncasedScripts, PhiConfidence.Shaped),
        new RegexFinder(ArabicName(), PhiKind.Name, "ال", PhiConfidence.Shaped),
        new RegexFinder(ChineseStreet(), PhiKind.Address, "号", PhiConfidence.Shaped),
        new RegexFinder(JapaneseStreet(), PhiKind.Address, "-丁", PhiConfidence.Shaped),
        new RegexFinder(RussianStreet(), PhiKind.Address, "дД", PhiConfidence.Shaped),
        new RegexFinder(UkrainianStreet(), PhiKind.Address, "вп", PhiConfidence.Shaped),
        new RegexFinder(KoreanStreet(), PhiKind.Address, "로길", PhiConfidence.Shaped),
        new RegexFinder(AsianPostalCode(), PhiKind.Zip, "〒邮郵", PhiConfidence.Labelled),
        new RegexFinder(PhoneAfterAsianLabel(), PhiKind.Phone, "電电話话手機机携전휴", PhiConfidence.Labelled),
        new RegexFinder(ArgentinePostalCode(), PhiKind.Zip, RegexFinder.Digits, PhiConfidence.Shaped),
    ];

    /// <summary>"山田 花子さん", "佐藤 花子 様", "一郎さん", "田中先生": a family and given name (kanji or katakana) before an honorific, not "患者さん".</summary>
    [GeneratedRegex(@"(?<![" + Han + @"\p{IsKatakana}])(?<id>(?!患者|皆|方|子供|奥)[" + Han + @"\p{IsKatakana}]{1,4}(?:[ 　][" + Han + @"\p{IsKatakana}]{1,4})?)(?=[ 　]?(?:さん|様|さま|氏|くん|君|ちゃん|先生|殿))")]
    private static partial Regex JapaneseNameBeforeHonorific();

    /// <summary>"患者：山田 花子（91歳）", "患者 鈴木 一郎、": a family and a given name written apart after the word for the patient.</summary>
    [GeneratedRegex(@"(?<=患者[：:]?[ 　]?)(?<id>[" + Han + @"\p{IsKatakana}]{1,4}[ 　][" + Han + @"\p{IsKatakana}]{1,4})(?=[（(、,，。\s]|$)")]
    private static partial Regex JapaneseNameAfterPatient();

    /// <summary>"患者王建国，", "联系人：李娜", "王先生": a common surname and one or two characters after a word for the
    /// patient, kin or a contact, or before a form of address.</summary>
    [GeneratedRegex(@"(?<=(?:患者|病人|患儿|家属|丈夫|妻子|儿子|女儿|母亲|父亲|联系人|姓名)[：:]?\s?)(?<id>" + ChineseSurname + Han + @"{1,2})(?=[，,。、；;：:\s（(]|$)" +
        @"|(?<id>" + ChineseSurname + Han + @"{0,2})(?=先生|女士|医生|医师|护士)")]
    private static partial Regex ChineseName();

    /// <summary>"김민수 씨", "박지영 님", "이서연 환자": a common surname and a given name before a form of address.</summary>
    [GeneratedRegex(@"(?<=환자\s?)(?<id>" + KoreanSurname + @"[\uAC00-\uD7AF]{1,2})(?![\uAC00-\uD7AF])" +
        @"|(?<id>" + KoreanSurname + @"[\uAC00-\uD7AF]{1,2})(?=\s?(?:씨|님|환자))")]
    private static partial Regex KoreanName();

    /// <summary>"Patient अनिता शर्मा", "המטופל יוסף כהן", "ผู้ป่วย สมศรี แก้วมณี", "بیمار فاطمه رضایی": one or two words of a script
    /// without capitals (Devanagari, Hebrew, Thai, Persian) after a word for the patient.</summary>
    /// <summary>What follows "the patient" in Hebrew and Hindi and is no name: verbs ("reports", "suffers", "complains",
    /// "arrived"), pronouns and postpositions ("को", "का", "ने").</summary>
    private const string NoNameAfterPatient = "מדווח|מדווחת|סובל|סובלת|מתלונן|מתלוננת|הגיע|הגיעה|התקבל|התקבלה|אושפז|אושפזה|הופנה|הופנתה|פנה|פנתה|" +
        "שוחרר|שוחררה|נמצא|נמצאת|מקבל|מקבלת|קיבל|קיבלה|לוקח|לוקחת|הוא|היא|עם|של|על|בן|בת|" +
        "को|का|की|के|ने|में|से|पर|है|हैं|था|थी|और";

    [GeneratedRegex(@"(?<=(?:\b(?:[Pp]atient|[Pp]t|Mr|Mrs|Ms|Dr)\.?|המטופל|המטופלת|החולה|ผู้ป่วย|คุณ|बीमार|मरीज़?|रोगी|بیمار)\s+)" +
        @"(?<id>(?!(?:" + NoNameAfterPatient + @")(?!\p{L}))(?:\p{IsDevanagari}+|\p{IsHebrew}{2,}|\p{IsThai}+)(?:\s(?:\p{IsDevanagari}+|\p{IsHebrew}{2,}|\p{IsThai}+))?|(?<=بیمار\s)\p{IsArabic}{2,}(?:\s\p{IsArabic}{2,})?)")]
    private static partial Regex NameAfterPatientWord();

    /// <summary>"المريض أحمد السيد": one or two words after "the patient", a title or a word for kin; the first not a preposition,
    /// a common word, a definite noun (ال...), a verb (ي..., ت...: "المريض يعاني") or his age, weight or state ("المريض عمره 60").</summary>
    [GeneratedRegex(@"(?<=(?:المريض|المريضة|السيد|السيدة|الأستاذ|الأستاذة|الدكتور|الدكتورة|ابنه|ابنها|ابنته|زوجها|زوجته|أخوه|أخته)\s+)" +
        @"(?<id>(?!(?:إلى|في|من|على|عن|مع|بتاريخ|ذكر|أنثى|رجل|امرأة|طفل|لديه|لديها|كان|كانت|قد|الذي|التي|هو|هي|عمره|عمرها|بعمر|وزنه|وزنها|حالته|حالتها)\s|ال|ي|ت)\p{IsArabic}{2,}(?:\s+(?!(?:إلى|في|من|على|عن|مع|بتاريخ)(?!\p{IsArabic}))\p{IsArabic}{2,})?)")]
    private static partial Regex ArabicName();

    /// <summary>"建国路88号3单元502室": a road, a number and 号, perhaps a building, unit and room.</summary>
    [GeneratedRegex(Han + @"{1,6}(?:路|街|道|巷|弄|胡同|大道)\d{1,5}号(?:\d{1,4}(?:号楼|栋|幢|单元|楼|层))*(?:\d{1,5}室)?")]
    private static partial Regex ChineseStreet();

    /// <summary>"神宮前1-14-7 コーポ青山203", "本町3丁目5番2号": a district and a block, lot and building number, perhaps a building and room.</summary>
    [GeneratedRegex(Han + @"{1,6}\d{1,2}(?:丁目|-)\d{1,4}(?:番地?|-)\d{1,4}号?(?:[ 　]?[\p{IsKatakana}" + Han + @"ー]{1,10}\d{1,4}号?室?)?")]
    private static partial Regex JapaneseStreet();

    /// <summary>"ул. Садовая, д. 14, кв. 27", "проспект Мира, дом 5": a street, a house and perhaps a flat.</summary>
    [GeneratedRegex(@"(?:ул\.|улица|пр\.|просп\.|проспект|пер\.|переулок|бул\.|бульвар|ш\.|шоссе|наб\.)\s*\p{Lu}[\p{L}-]+(?:\s+\p{Lu}?[\p{L}-]+)?,?\s*(?:д\.|дом)\s*\d{1,4}[а-я]?(?:,?\s*(?:корп\.|к\.|стр\.)\s*\d{1,3})?(?:,?\s*(?:кв\.|квартира)\s*\d{1,4})?")]
    private static partial Regex RussianStreet();

    /// <summary>"вул. Хрещатик, 22, кв. 7", "просп. Перемоги 5": a Ukrainian street, a house and perhaps a flat.</summary>
    [GeneratedRegex(@"(?:вул\.|вулиця|просп\.|проспект|пров\.|провулок|бульв\.|бульвар)\s*\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}?[\p{L}'’-]+)?,?\s*(?:буд\.\s*)?\d{1,4}[а-яіїє]?(?:,?\s*(?:кв\.|квартира)\s*\d{1,4})?")]
    private static partial Regex UkrainianStreet();

    /// <summary>"테헤란로 152, 12층": a Korean road (로, 길) and building number, perhaps a floor.</summary>
    [GeneratedRegex(@"[\uAC00-\uD7AF]{1,10}(?:로|길)\s?\d{1,4}(?:-\d{1,4})?(?:,\s?\d{1,3}층)?")]
    private static partial Regex KoreanStreet();

    /// <summary>"電話0912-345-678", "手机：138 0013 8000", "전화 010-1234-5678": a number after a label for a telephone, also
    /// written straight after it (no word boundary between a Han character and a digit).</summary>
    [GeneratedRegex(@"(?:電話|电话|手機|手机|携帯|전화|휴대폰|핸드폰)(?:番号|號碼|号码|번호)?[：:]?\s?(?<id>\+?\d[\d -]{6,16}\d)(?!\d)")]
    private static partial Regex PhoneAfterAsianLabel();

    [GeneratedRegex(@"(?:〒\s?|(?:邮编|郵便番号|郵編)[：:]?\s?)(?<id>\d{3}-\d{4}|\d{6}|\d{7})(?!\d)")]
    private static partial Regex AsianPostalCode();

    [GeneratedRegex(@"\b[A-HJ-NP-Z]\d{4}[A-Z]{3}\b")]
    private static partial Regex ArgentinePostalCode();
}
