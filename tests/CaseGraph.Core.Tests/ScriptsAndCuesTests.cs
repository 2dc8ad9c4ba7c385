using CaseGraph.Core.Privacy;
using CaseGraph.Core.Privacy.Finders;

namespace CaseGraph.Core.Tests;

/// <summary>Kin words of many languages, words of contact, scripts without capitals, ages and dates said in words, and
/// the look-alikes these cues must leave alone.</summary>
public class ScriptsAndCuesTests
{
    private static readonly PhiDetector Detector = new(PhiLexicon.Of(
        ["Rosa", "Faith", "Amber", "Hunter", "Dani", "Roxanne", "Ирина", "Олександр", "Signe"],
        ["Sokolova", "Соколова", "Коваль", "Novák", "Kaiser"],
        ["Street"], ["Oregon"], ["oxycodone", "naloxone", "Percocet", "methadone"]));

    private static List<(PhiKind Kind, string Text)> Found(string text) =>
        [.. Detector.Scan(text).Select(f => (f.Kind, text[f.Start..f.End]))];

    private static List<string> Names(string text) => [.. Found(text).Where(f => f.Kind == PhiKind.Name).Select(f => f.Text)];

    [Theory]
    [InlineData("Joindre sa nièce Yasmina au cabinet en cas d'absence.", "Yasmina")]
    [InlineData("Llamar al hijo, Iñaki, si no contesta ella.", "Iñaki")]
    [InlineData("O paciente mora com a companheira, Rosângela, e dois filhos.", "Rosângela")]
    [InlineData("Rodzina prosi o kontakt z synem Pawłem w sprawie leków.", "Pawłem")]
    [InlineData("Husband Rob works nights; call only in an emergency.", "Rob")] // kin: even an English word is a name
    [InlineData("Contact: husband Park Sung-ho speaks some English.", "Park Sung-ho")]
    [InlineData("Sister in law, Thandeka, is the treatment supporter.", "Thandeka")]
    [InlineData("Thanks Caoimhe for the thorough handover.", "Caoimhe")] // a word of contact and a word in no list
    [InlineData("Send the discharge summary for Kiprotich today.", "Kiprotich")]
    [InlineData("Hendricks refuses the PT referral.", "Hendricks")]
    [InlineData("Faith missed 2 doses this week.", "Faith")] // a first name that is a word, before what only a person does
    [InlineData("Amber | CHI 0511731388", "Amber")]
    [InlineData("Hunter (pt's nephew) drives him to clinic.", "Hunter")]
    [InlineData("the pt dani was high in the waiting room", "dani")] // someone met in passing: a known first name only
    [InlineData("dr roxanne pillay is covering the clinic next wk", "roxanne pillay")]
    [InlineData("Дочь пациентки, Ирина Соколова, звонила вчера.", "Ирина Соколова")] // Cyrillic names from the lists
    [InlineData("山田 花子さん、腰部脊柱管狭窄症。", "山田 花子")]
    [InlineData("電話あり、長男の一郎さんが同居。", "一郎")]
    [InlineData("患者王建国，美沙酮维持治疗门诊。", "王建国")]
    [InlineData("Contact 010-4821-7733; 김민수 씨 speaks English.", "김민수")]
    [InlineData("تم تحويل المريض أحمد السيد إلى عيادة الألم.", "أحمد السيد")]
    public void Finds_names_after_cues_of_many_languages_and_scripts(string text, string name) => Assert.Contains(name, Names(text));

    [Theory]
    [InlineData("WhatsApp de la mamá: \"buenas noches soy rosa la mamá de dani, me puede marcar\"", "rosa")] // the writer, after a greeting
    [InlineData("WhatsApp de la mamá: \"buenas noches soy rosa la mamá de dani, me puede marcar\"", "dani")]   // kin "of" a known name
    [InlineData("Text from carer: \"its shaz here, can someone ring me\"", "shaz")]                        // "its" opening a quotation
    [InlineData("Voicemail: \"hallo, hier ist rosa, bitte zurückrufen\"", "rosa")]
    [InlineData("ECHO chat: Roxanne: \"great case, thanks\"", "Roxanne")]                                   // who speaks in a chat
    [InlineData("Outreach log: known as Kiprotich at the Kisumu stop.", "Kiprotich")]
    [InlineData("Bluey (nickname), no fixed address, wants to start buprenorphine.", "Bluey")]
    [InlineData("Japan: 患者 佐藤 花子 様、2024年受診。", "佐藤 花子")]                                           // an honorific after a space
    [InlineData("Novák J | 01/04/2024 | bup 8 mg | UDS neg", "Novák J")]                                  // a surname and an initial in a table
    [InlineData("Table row: Kiprotich T | 01/05/2024 | methadone 90 mg", "Kiprotich T")]
    [InlineData("Pharmacy call log: spoke to Roxanne at the counter re: missed doses.", "Roxanne")]
    [InlineData("The number is not the patient's, according to Kiprotich.", "Kiprotich")]
    [InlineData("患者：山田 花子（91歳）、住所は渋谷。", "山田 花子")]                                           // family and given name apart after "patient"
    public void Finds_the_writer_a_speaker_a_nickname_and_kin_of_a_name(string text, string name) => Assert.Contains(name, Names(text));

    [Theory]
    [InlineData("Translation: \"the patient is stable on methadone\"")]
    [InlineData("Message: \"c'est difficile pour elle, merci\"")]
    [InlineData("The combination known as Percocet was stopped.")]
    [InlineData("De Quervain tenosynovitis improved with a thumb spica splint.")]                   // a disease word by its ending
    [InlineData("FABER (Patrick) test was negative bilaterally.")]
    [InlineData("Au Québec, les pharmaciens peuvent prolonger une ordonnance.")]                 // a preposition of another language
    [InlineData("Seit März 2021 besteht eine Abhängigkeit von Oxycodon.")]
    [InlineData("Labor Day through Columbus Day is the slowest period for intakes.")]           // a holiday
    [InlineData("Keine Hinweise auf Sedierung, Vigilanz unauffällig.")]
    [InlineData("Vitamin D | 50 mcg | daily")]
    [InlineData("Hepatitis C | positive | refer")]
    [InlineData("La mamá de la paciente llamó; el hijo de ella no contesta.")]
    public void Leaves_quotations_and_products_without_a_person_alone(string text) => Assert.Empty(Names(text));

    [Theory]
    [InlineData("Il paziente vive in Calabria con la moglie, entrambi pensionati.")] // after foreign kin only a known name
    [InlineData("Bệnh nhân nam 38 tuổi, điều trị methadone từ năm 2014.")]
    [InlineData("Pt relapsed around Easter after a family bereavement.")]
    [InlineData("During Ramadan the methadone dose was moved to after iftar.")]
    [InlineData("Patient stellt sich im Januar 2024 erstmals vor.")]
    [InlineData("Babinski downgoing bilaterally, Hoffmann negative, no clonus.")]
    [InlineData("Signe de Lasègue positif à 30° à droite.")]
    [InlineData("Fue valorada en la Unidad del Dolor en mayo de 2023.")]
    [InlineData("Panadol Osteo 665 mg two tabs TDS, max 6 per day.")] // a product before its dose
    [InlineData("Continue Percocet funded by Medicaid; review on Sunday.")]
    [InlineData("Interpreter for Yoruba not available, daughter translated.")]
    [InlineData("المريض ذكر يبلغ من العمر 50 عامًا ويعاني من ألم مزمن.")]
    [InlineData("腰痛の患者さんに説明した。")]
    [InlineData("Patient Information: what to expect after the procedure.")]
    public void Leaves_look_alikes_alone(string text) => Assert.Empty(Names(text));

    [Theory]
    [InlineData("Her 96th birthday is next week.", "96")]
    [InlineData("Pt was 95 at the time of the fall.", "95")]
    [InlineData("Patient Mahmoud Abdel-Rahman, 90 years, hip fracture.", "90")]
    [InlineData("Die 93-jährige Patientin erhält Tilidin.", "93")]
    [InlineData("山田さん、92歳、トラマドール服用中。", "92")]
    public void Finds_ages_over_89_said_in_words(string text, string age) => Assert.Contains((PhiKind.Age, age), Found(text));

    [Theory]
    [InlineData("She was 95% adherent to the plan.")]
    [InlineData("Pt is 95 kg, BMI 31.")]
    [InlineData("Smoked for 10 years, 90 years ago his father did too.")]
    public void Leaves_numbers_that_are_no_age(string text) => Assert.DoesNotContain(Found(text), f => f.Kind == PhiKind.Age);

    [Theory]
    [InlineData("Discharge planned for Friday 5/17, home with VNA.", "5/17")]
    [InlineData("F/u 1/3 w/ PCP re: taper plan.", "1/3")]
    [InlineData("d.o.b. 3.IX.1947, emeryt, mieszka sam.", "3.IX.1947")]
    public void Finds_dates_without_a_year_after_a_word_of_scheduling(string text, string date) => Assert.Contains((PhiKind.Date, date), Found(text));

    [Theory]
    [InlineData("f/u 1/2 tab at night if needed.")]
    [InlineData("PEG 7/10 today, BP 120/80.")]
    public void Leaves_fractions_and_scores(string text) => Assert.DoesNotContain(Found(text), f => f.Kind == PhiKind.Date);

    [Theory]
    [InlineData("住址：北京市朝阳区建国路88号3单元502室，邮编100022。", PhiKind.Address, "88号3单元502室")]
    [InlineData("住址：北京市朝阳区建国路88号3单元502室，邮编100022。", PhiKind.Zip, "100022")]
    [InlineData("住所：〒150-0001 東京都渋谷区神宮前1-14-7 コーポ青山203", PhiKind.Zip, "150-0001")]
    [InlineData("住所：〒150-0001 東京都渋谷区神宮前1-14-7 コーポ青山203", PhiKind.Address, "コーポ青山203")]
    [InlineData("Адрес пациента: ул. Садовая, д. 14, кв. 27, Санкт-Петербург.", PhiKind.Address, "ул. Садовая, д. 14, кв. 27")]
    [InlineData("Domicilio Av. Santa Fe 3250, 4° B, CABA, CP C1425BGN.", PhiKind.Zip, "C1425BGN")]
    [InlineData("Address for home visit: Flat 9, Block C, Meadowbank Estate, Edinburgh.", PhiKind.Address, "Flat 9, Block C, Meadowbank Estate")]
    [InlineData("RUT 12.345.678-5 — paciente del programa de dolor.", PhiKind.Mrn, "12.345.678-5")]
    [InlineData("Sr. Rogelio Gómez Ramírez, CURP GORR620814HDFMMG08, dolor lumbar.", PhiKind.Mrn, "GORR620814HDFMMG08")]
    [InlineData("Patient Muhammad Arshad, CNIC 35202-4819273-1, OST in Lahore.", PhiKind.Mrn, "35202-4819273-1")]
    [InlineData("患者，身份证号110105196208143719，美沙酮维持治疗门诊。", PhiKind.Mrn, "110105196208143719")]
    public void Finds_addresses_postal_codes_and_numbers_of_other_countries(string text, PhiKind kind, string part) =>
        Assert.Contains(Found(text), f => f.Kind == kind && f.Text.Contains(part, StringComparison.Ordinal));

    [Theory]
    [InlineData("Quit date set for Christmas Day 2022; didn't hold.", PhiKind.Date, "Christmas Day 2022")]
    [InlineData("Mr Nakamura was admitted on 令和5年4月18日 for constipation.", PhiKind.Date, "令和5年4月18日")]
    [InlineData("환자 이서연, 진료일 2023년 9월 14일.", PhiKind.Date, "2023년 9월 14일")]
    [InlineData("환자 이서연, 진료일 2023년 9월 14일.", PhiKind.Name, "이서연")]
    [InlineData("Señora Ybarra DOB 15-ago-1938, lives with her son.", PhiKind.Date, "15-ago-1938")]
    [InlineData("Fecha de nacimiento: 03/VII/1964.", PhiKind.Date, "03/VII/1964")]
    [InlineData("Frau Brückner-Voigt (92 J.) erhält Tilidin.", PhiKind.Age, "92")]
    [InlineData("Plaque GE-482-TK ; le patient dort dans sa voiture.", PhiKind.Vehicle, "GE-482-TK")]
    [InlineData("Schrittmacher Seriennr. PJN 705218 S, letzte Abfrage unauffällig.", PhiKind.Device, "PJN 705218 S")]
    [InlineData("Paciente en Calle 45 # 13-27, apto 302, Bogotá.", PhiKind.Address, "Calle 45 # 13-27, apto 302")]
    [InlineData("Ms Sato lives at 2-14-7 Kita-Shinagawa, Room 305, Shinagawa-ku.", PhiKind.Address, "2-14-7 Kita-Shinagawa, Room 305")]
    [InlineData("Patient अनिता शर्मा ने बताया कि दर्द बढ़ गया है।", PhiKind.Name, "अनिता शर्मा")]
    [InlineData("המטופל יוסף כהן הגיע למרפאה.", PhiKind.Name, "יוסף כהן")]
    [InlineData("Oyelaran, the pharmacist, refused to dispense early again.", PhiKind.Name, "Oyelaran")]
    [InlineData("text from pt: can u tell dr kaiser i ran out early", PhiKind.Name, "kaiser")]
    [InlineData("Пациент Ахметов Серик Болатович, ИИН 780215300124", PhiKind.Name, "Ахметов Серик Болатович")]
    [InlineData("Пациент Ахметов Серик Болатович, ИИН 780215300124", PhiKind.Mrn, "780215300124")]
    [InlineData("Ireland: Siobhán Ní Mhurchú, PPSN 1234567TA", PhiKind.Mrn, "1234567TA")]
    [InlineData("Landlord left a voicemail about the smoke alarm at 12 Birchmount Cres.", PhiKind.Address, "12 Birchmount Cres")]
    [InlineData("Fiji: Ratu Josaia Vakacegu, Lot 12, Nadera Road, Nasinu", PhiKind.Address, "Lot 12")]
    [InlineData("Lithuania: Gedimino pr. 9-14, LT-01103 Vilnius", PhiKind.Zip, "01103")]
    [InlineData("Vehicle: AB-123-CD (Peugeot), owner unknown.", PhiKind.Vehicle, "AB-123-CD")]
    [InlineData("Pt 99 yrs, lives at the papakāinga.", PhiKind.Age, "99")]
    [InlineData("Faith Ogunleye from the pharmacy called twice.", PhiKind.Name, "Faith Ogunleye")] // a first name that is a word, then a surname
    [InlineData("Patient: SANTOS, Rafael   Room 412-B   Attending: Greenberg", PhiKind.Name, "Greenberg")]
    [InlineData("Refund to the account, account name A. Hughes.", PhiKind.Name, "Hughes")]
    [InlineData("DOB 19720814 on the lab requisition.", PhiKind.Date, "19720814")]
    [InlineData("Address line 1: The Old Rectory, Church Lane, Postcode: OX29 4RT", PhiKind.Address, "The Old Rectory, Church Lane")]
    [InlineData("msg from pt: im at my aunties now, address is 55 cedar st apt 2", PhiKind.Address, "55 cedar st apt 2")]
    [InlineData("Rooming with cousin at 7 Tregenza Close, Truro.", PhiKind.Address, "7 Tregenza Close")]
    [InlineData("Adres: ul. Piotrkowska 104 lok. 12, 90-926 Łódź.", PhiKind.Zip, "90-926")]
    [InlineData("서울특별시 강남구 테헤란로 152, 12층 06236", PhiKind.Address, "테헤란로 152")]
    public void Finds_holidays_east_asian_dates_plates_serials_and_names_after_patient_words(string text, PhiKind kind, string part) =>
        Assert.Contains(Found(text), f => f.Kind == kind && f.Text.Contains(part, StringComparison.Ordinal));

    [Theory]
    [InlineData("The TTY number is 1-800-487-4889 for callers who are deaf.")] // a hotline's toll-free number
    [InlineData("Recall of naloxone injection, lot number 2204A17, NDC 00000-0123-01.")]
    [InlineData("Wernicke's encephalopathy, first described by Carl Wernicke in 1881.")]
    [InlineData("NAS monitoring with Finnegan scoring every 3 hours; FABER and Patrick tests positive.")]
    [InlineData("Guillain-Barré syndrome, reported in 1916 by Georges Guillain and Jean-Alexandre Barré.")]
    [InlineData("The Lei nº 10.216, of 2001, reformed mental health care.")]
    [InlineData("Patient is on a waitlist for Section 8 housing.")]
    [InlineData("Overnight stay on the 4th floor step-down unit.")]
    [InlineData("Rite Aid closed, so the patient transferred to Kroger pharmacy; UnitedHealthcare denied the appeal.")]
    [InlineData("Fortführung der Substitutionstherapie mit Levomethadon.")] // German capitalises its nouns
    [InlineData("take 2 tabs by mouth daily, walk 3 blocks down the road")]
    public void Leaves_hotlines_product_numbers_and_eponyms_alone(string text) => Assert.Empty(Found(text));

    [Fact]
    public void A_labelled_number_needs_five_letters_or_digits() =>
        Assert.DoesNotContain(Found("Client ID 10 km away from the clinic."), f => f.Kind == PhiKind.Mrn);

    /// <summary>Each label the fast search looks for is one the anchored pattern reads (the two lists cannot drift apart).</summary>
    [Fact]
    public void Every_searched_label_is_read_by_its_pattern()
    {
        // prefixes searched for their longer forms ("mutualité", "driving licence")
        string[] prefixes = ["mutualit", "driving licen", "person"];
        var unread = NationalIdPatterns.Finders.OfType<LabelledFinder>()
            .SelectMany(f => f.Labels.Where(l => !prefixes.Contains(l)).Select(l => (f, l)))
            .Where(x => !x.f.Find($"{x.l} 4821 3957").Any() && !x.f.Find($"{x.l} 48213957").Any()) // a short label reads only a number's own shape
            .Select(x => x.l).ToList();
        Assert.True(unread.Count == 0, "labels no pattern reads: " + string.Join(", ", unread));
    }

    [Theory]
    [InlineData("hey its faith cant make it tues, car broke down", "faith")]   // a name that is also a word
    [InlineData("hi dr novák its amber again, lost my strips", "amber")]
    [InlineData("txt from roxanne: running late, be there at 10", "roxanne")]
    [InlineData("mensaje de zuleika: ya no tengo la receta", "zuleika")]      // in no list at all
    [InlineData("Voicemail: this is hunter calling about my mom", "hunter")]
    public void A_writer_saying_who_they_are_in_lower_case_is_named(string text, string name) => Assert.Contains(name, Names(text));

    [Theory]
    [InlineData("It got its name after an outbreak at a convention.")]
    [InlineData("The clinic lost its license to dispense in 2019.")]
    [InlineData("This is hope for families waiting for a bed.")]
    public void A_possessive_its_or_a_this_is_before_a_word_names_nobody(string text) => Assert.Empty(Names(text));
}

