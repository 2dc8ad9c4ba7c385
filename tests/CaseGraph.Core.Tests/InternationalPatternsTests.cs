using CaseGraph.Core.Privacy;
using CaseGraph.Core.Privacy.Finders;

namespace CaseGraph.Core.Tests;

/// <summary>International identifier forms (issue 20): phones, cards, IBANs, postal codes, streets and dates.</summary>
public class InternationalPatternsTests
{
    private static readonly PhiDetector Detector = new(PhiLexicon.Of(
        ["Maria"], ["Lopez"], ["Street", "Road", "Avenue"], ["Oregon"], ["oxycodone", "morphine", "naloxone", "Tylenol"]));

    private static List<(string Kind, string Text)> Found(string text) =>
        [.. Detector.Scan(text).Select(f => (f.Kind.ToSlug(), text[f.Start..f.End]))];

    [Theory]
    [InlineData("Daughter can be reached on +44 (0)20 7123 4567 after work.", "+44 (0)20 7123 4567")]
    [InlineData("Hausarzt Tel. +49 (0) 89 2345678 erreichbar.", "+49 (0) 89 2345678")]
    [InlineData("Sister in Vienna, 0043 1 588 1234, calls weekly.", "0043 1 588 1234")]
    [InlineData("Left a message at (555)987-6543 for the son.", "(555)987-6543")]
    [InlineData("Callback number 5559876543 per front desk.", "5559876543")]
    [InlineData("Her GP in Sydney: +61 3 9123 4567.", "+61 3 9123 4567")]
    [InlineData("Brother in Pune, +91 91234 56789, is the contact.", "+91 91234 56789")]
    [InlineData("Mobile 8765 4321 (wife).", "8765 4321")]
    [InlineData("Telefon: 3456-7890 bei Rückfragen.", "3456-7890")]
    [InlineData("Cabinet, tél 04 91 23 45 67, le matin.", "04 91 23 45 67")]
    [InlineData("Hausarzt Telefon 089 2345678.", "089 2345678")]
    [InlineData("Pharmacy on (971) 555-0188 confirmed the fill.", "(971) 555-0188")]
    public void Finds_phone_numbers_in_many_forms(string text, string phone) => Assert.Contains(("phone", phone), Found(text));

    [Theory]
    [InlineData("Domicilio en Madrid; móvil 612 34 56 78, fijo +34 91 447 2180.", "612 34 56 78")]   // Spain, from the +34 beside it
    [InlineData("Tel. +48 600 123 456; 22 628 41 19 (praca).", "22 628 41 19")]                     // Poland
    [InlineData("Contacto: +351 912 345 678 / 22 508 1400.", "22 508 1400")]                        // Portugal
    public void A_number_with_its_country_code_sets_the_region_for_the_others(string text, string phone) =>
        Assert.Contains(("phone", phone), Found(text));

    [Fact]
    public void A_number_without_a_country_code_beside_it_is_read_as_before() =>
        Assert.DoesNotContain(("phone", "612 34 56 78"), Found("Dose log: 612 34 56 78 units over four days."));

    [Theory]
    [InlineData("Tel +44 (0)20 7946 0958", "+44 (0)20 7946 0958")]
    [InlineData("Tel +49 (0) 30 1234567", "+49 (0) 30 1234567")]
    [InlineData("Tel 0043 1 234 5678", "0043 1 234 5678")]
    [InlineData("Tel (555)123-4567", "(555)123-4567")]
    [InlineData("Tel 5551234567", "5551234567")]
    [InlineData("Tel +61 2 9876 5432", "+61 2 9876 5432")]
    [InlineData("Tel +91 98765 43210", "+91 98765 43210")]
    [InlineData("tél 2345 6789", "2345 6789")]
    [InlineData("ph 2345-6789", "2345-6789")]
    public void Finds_the_phone_forms_named_in_issue_20(string text, string phone) => Assert.Contains(("phone", phone), Found(text));

    [Theory]
    [InlineData("Card on file 4532 0151 1283 0366 was declined.", "4532 0151 1283 0366")]
    [InlineData("Paid with 4532015112830366 at the front desk.", "4532015112830366")]
    [InlineData("Amex 3714-496353-98431 charged for the copay.", "3714-496353-98431")]
    [InlineData("Refund to IBAN DE89 3704 0044 0532 0130 00 requested.", "DE89 3704 0044 0532 0130 00")]
    [InlineData("Transfer from GB82WEST12345698765432 cleared.", "GB82WEST12345698765432")]
    [InlineData("Bank: FR14 2004 1010 0505 0001 3M02 606 Paris branch.", "FR14 2004 1010 0505 0001 3M02 606")]
    public void Finds_card_numbers_and_ibans_by_their_check_digits(string text, string account) =>
        Assert.Contains(("account", account), Found(text));

    [Theory]
    [InlineData("Card 4532 0151 1283 0367 (one digit off).")]
    [InlineData("Account DE89 3704 0044 0532 0130 01 is invalid.")]
    public void Numbers_failing_their_check_digits_are_not_cards_or_ibans(string text) =>
        Assert.DoesNotContain(Found(text), f => f.Kind == "account" && f.Text.Length > 12);

    [Theory]
    [InlineData("Moved to Ottawa ON K2P 1L4 last spring.", "K2P 1L4")]
    [InlineData("Lives at 221B Baker Street, London NW1 6XE with family.", "NW1 6XE")]
    [InlineData("Address: Flat 3, Manchester M1 1AE.", "M1 1AE")]
    [InlineData("Sent to Hauptstraße 12, 10115 Berlin.", "10115")]
    [InlineData("Wohnt in 1010 Wien seit Jahren.", "1010")]
    [InlineData("Adresse: 8 rue Cler, 75007 Paris.", "75007")]
    [InlineData("Keizersgracht 123, 1015 CJ Amsterdam.", "1015 CJ")]
    [InlineData("Storgatan 8, 114 55 Stockholm.", "114 55")]
    [InlineData("Rua Augusta 45, 1100-048 Lisboa.", "1100-048")]
    [InlineData("Clinic in Surry Hills NSW 2010 referred her.", "2010")]
    public void Finds_postal_codes_in_address_context(string text, string zip) => Assert.Contains(("zip", zip), Found(text));

    [Theory]
    [InlineData("Lebt in der Hauptstraße 12 mit seiner Frau.", "Hauptstraße 12")]
    [InlineData("Wohnung Bahnhofstrasse 5a, Zürich.", "Bahnhofstrasse 5a")]
    [InlineData("Praxis am Mühlenweg 7 in Graz.", "Mühlenweg 7")]
    [InlineData("Apotheke Berliner Allee 44 liefert.", "Berliner Allee 44")]
    [InlineData("Woont aan de Prinsengracht 263 in Amsterdam.", "Prinsengracht 263")]
    [InlineData("Domicile: 12 rue de la Paix, Paris.", "12 rue de la Paix")]
    [InlineData("Vit au 7 avenue Victor Hugo.", "7 avenue Victor Hugo")]
    [InlineData("Vive en Calle Mayor 5, Madrid.", "Calle Mayor 5")]
    [InlineData("Mora na Rua Augusta 45, Lisboa.", "Rua Augusta 45")]
    [InlineData("Abita in Via Roma 10, Torino.", "Via Roma 10")]
    [InlineData("Studio in Piazza Navona 3.", "Piazza Navona 3")]
    [InlineData("Bor på Storgatan 8 i Umeå.", "Storgatan 8")]
    [InlineData("Bor i Karl Johans gate 3, Oslo.", "Karl Johans gate 3")]
    [InlineData("Bor på Vesterbrogade 20, København.", "Vesterbrogade 20")]
    [InlineData("Mail to PO Box 4471 or Postfach 12 34.", "Postfach 12 34")]
    [InlineData("Mail to PO Box 4471 or Postfach 12 34.", "PO Box 4471")]
    [InlineData("Service member at PSC 1234, Box 5678, APO AE 09012.", "PSC 1234, Box 5678")]
    [InlineData("Ship to USS Example, FPO AP 96620.", "USS Example")]
    [InlineData("Wohnt Am Hafen 3, 20457 Hamburg.", "Am Hafen 3")]
    [InlineData("Lakás: Váci út 12, 1132 Budapest.", "Váci út 12")]
    [InlineData("Invoice sent to Korzo 14, 811 01 Bratislava.", "Korzo 14")]
    [InlineData("Letter returned from Rural Route 4 Box 22, Gallup.", "Rural Route 4 Box 22")]
    [InlineData("Moved to 3/41 Smith Road, Fitzroy VIC 3065.", "3/41 Smith Road")]
    [InlineData("Home is Flat 2, 14 Kings Road, Chelsea.", "Flat 2")]
    [InlineData("Home is Flat 2, 14 Kings Road, Chelsea.", "14 Kings Road")]
    [InlineData("Auckland address 12B Ōtāhuhu Crescent, Ōtāhuhu, Auckland 1062.", "12B Ōtāhuhu Crescent")] // capitals beyond ASCII
    [InlineData("Adres: Bağdat Cad. No:312 D:5, 34740 Kadıköy/İstanbul.", "Bağdat Cad. No:312 D:5")]
    [InlineData("Dirección en Rosario: Bv. Oroño 1255, piso 4 dpto B, S2000DSC.", "Bv. Oroño 1255, piso 4 dpto B")]
    [InlineData("Greek address: Οδός Αιόλου 45, 105 51 Αθήνα.", "Οδός Αιόλου 45")]
    [InlineData("Malaysia: No. 12, Jalan SS 2/24, 47300 Petaling Jaya.", "No. 12, Jalan SS 2/24")]
    [InlineData("Sri Lanka: No. 27/3, Galle Road, Colombo 03.", "No. 27/3, Galle Road")]
    [InlineData("Lietuva: Gedimino pr. 9-14, LT-01103 Vilnius.", "Gedimino pr. 9-14")]
    [InlineData("Eesti: Pärnu mnt 22-15, 10141 Tallinn.", "Pärnu mnt 22-15")]
    [InlineData("Україна: адреса вул. Хрещатик, 22, кв. 7, Київ.", "вул. Хрещатик, 22, кв. 7")]
    [InlineData("Staying with her nan at 47b Kingsland High Street, London E8 2JS.", "47b Kingsland High Street")]
    [InlineData("Atatürk Cad. No: 45 D: 7, Kadıköy 34710 İstanbul.", "Atatürk Cad. No: 45 D: 7")]
    [InlineData("New Caledonia: BP 1234, 98845 Nouméa Cedex.", "BP 1234")]
    public void Finds_street_addresses_across_languages(string text, string address) =>
        Assert.Contains(("address", address), Found(text));

    [Theory]
    [InlineData("Ship to USS Example, FPO AP 96620.", "96620")]
    [InlineData("Wohnt Am Hafen 3, 20457 Hamburg.", "20457")]
    [InlineData("Moved to 3/41 Smith Road, Fitzroy VIC 3065.", "3065")]
    [InlineData("Lives at 12 Marine Parade, Durban 4001; no phone.", "4001")]
    [InlineData("Billing postcode 114 55 on the card.", "114 55")]
    [InlineData("Endereço com CEP 01310-200 confirmado.", "01310-200")]
    [InlineData("Adres: Bağdat Cad. No:312 D:5, 34740 Kadıköy/İstanbul.", "34740")]
    [InlineData("Str. Mihai Eminescu nr. 12, bl. A3, ap. 7, 010512 București.", "010512")]
    [InlineData("Dr Pieter Van den Bossche, Kerkstraat 44 bus 3, 2000 Antwerpen.", "2000")]
    [InlineData("Vive en Col. Del Valle, CP 03100, CDMX.", "03100")]
    [InlineData("Str. Lipscani nr. 45, București, cod poștal 030031.", "030031")]
    public void Finds_postal_codes_beside_an_address_or_a_label(string text, string zip) =>
        Assert.Contains(("zip", zip), Found(text));

    [Theory]
    [InlineData("Aufnahme am 4. März 2023 wegen Sturz.", "4. März 2023")]
    [InlineData("Vu le 4 mars 2023 en consultation.", "4 mars 2023")]
    [InlineData("Ingresó el 4 de marzo de 2023.", "4 de marzo de 2023")]
    [InlineData("Visita del 12 settembre 2022.", "12 settembre 2022")]
    [InlineData("Opname op 15 mei 2021.", "15 mei 2021")]
    [InlineData("Entlassung 04.03.2023, Kontrolle folgt.", "04.03.2023")]
    [InlineData("Kontrolle am 31.12.2023.", "31.12.2023")]
    [InlineData("Seen 4/3/23 for follow-up.", "4/3/23")]
    [InlineData("Дата рождения 14 мая 1961, СНИЛС в карте.", "14 мая 1961")]
    [InlineData("Pendiente desde enero 12, 2024; CIE-10 F11.2.", "enero 12, 2024")]
    [InlineData("Fecha de alta: 15-III-2024; planta 5.", "15-III-2024")]
    public void Finds_international_dates(string text, string date) => Assert.Contains(("date", date), Found(text));

    [Theory]
    [InlineData("Morphine 30 mg q4h PRN; BP 142/88; HR 96; SpO2 97%.")]
    [InlineData("Total 120 MME/day since 2019; taper by 10% per month from March 2024.")]
    [InlineData("A1c 7.2, LDL 130, creatinine 1.1, eGFR 58; Tylenol 1000 mg TID.")]
    [InlineData("Seen on Monday and again in 2023; weight 82.5 kg, height 175 cm.")]
    [InlineData("Naloxone 4 mg nasal spray; dispensed 2 boxes; UDS 03/2024 negative.")]
    [InlineData("Clonazepam 0.125-0.25 mg every two to four weeks.")]
    [InlineData("Ring 3 of the protocol; via PEG tube at 1500 mL per day.")]
    [InlineData("In 2021 Maria started oxycodone; in 1000 IU vitamin D.")]
    [InlineData("Pain score 7/10 at 0800 and 4/10 at 1400 Tuesday.")]
    [InlineData("Kontrolle im März 2023 und am Montag; Revu en mars 2023, le lundi; visto en marzo de 2023.")]
    [InlineData("NDC 0093-7214-01 dispensed; 4 boxes of 28; eGFR 45-60 over 2020-2023.")]
    [InlineData("Platelets 250000, WBC 11200, ferritin 12 ng/mL, INR 1.2.")]
    [InlineData("BP 128/84 and 1234 steps a day, 98 percent adherence.")]
    [InlineData("No. 3, Section 2 of the protocol; marzo 2024 and mayo de 2023.")]
    public void Leaves_clinical_look_alikes_alone(string text) =>
        Assert.DoesNotContain(Found(text), f => f.Kind is "phone" or "account" or "zip" or "address" or "date");

    [Theory]
    [InlineData("4532015112830366", true)]
    [InlineData("4532015112830367", false)]
    public void Luhn_check(string digits, bool valid) => Assert.Equal(valid, Checksums.Luhn(digits));

    [Theory]
    [InlineData("DE89370400440532013000", true)]
    [InlineData("DE89370400440532013001", false)]
    [InlineData("GB82WEST12345698765432", true)]
    public void Iban_mod97_check(string iban, bool valid) => Assert.Equal(valid, Checksums.IbanMod97(iban));

    [Theory]
    [InlineData("Her nonna is 93, still lives alone.", "93")]
    [InlineData("Our elder is 97 and uses a walker.", "97")]
    [InlineData("Pt was 89 on arrival in March and is now 90.", "90")]
    [InlineData("The patient's father, who is 96.", "96")]
    [InlineData("Maria Lopez is 93 and still lives alone.", "93")]  // said of a person just named
    [InlineData("Mijn moeder Maria is 91 en krijgt oxycodon.", "91")]
    [InlineData("Visited Maria Lopez, 94, at home.", "94")]
    [InlineData("Suomi: potilas, 97 v., käynti huhtikuussa.", "97")]
    [InlineData("Tanzania: simu imepokelewa, miaka 92.", "92")]
    [InlineData("Bangladesh: 90 বছর, NID on file.", "90")]
    [InlineData("Paziente nata nel 1931, anni 93, in terapia.", "93")]
    public void Finds_an_age_over_89_said_of_a_person(string text, string age) => Assert.Contains(("age", age), Found(text));

    [Theory]
    [InlineData("Oxygen sat is 94 on room air.")]
    [InlineData("She was 95% adherent to the plan.")]
    [InlineData("HR was 110 and is 92 after fluids.")]
    [InlineData("Maria Lopez was 95% adherent to the plan.")]
    public void Leaves_a_number_over_89_that_is_no_persons_age(string text) => Assert.DoesNotContain(Found(text), f => f.Kind == "age");

    [Theory]
    [InlineData("Seen 20240117, next review 20240214 (export).", "20240117")]
    [InlineData("Lab result dated 19981203 scanned in.", "19981203")]
    public void Finds_a_date_written_as_eight_digits(string text, string date) => Assert.Contains(("date", date), Found(text));

    [Theory]
    [InlineData("Lot 20241399 and NDC 12345678 noted.")] // month 13 and no year: neither is a date
    [InlineData("Batch 2024011755 of the stock.")]       // ten digits run on
    public void Leaves_eight_digits_that_are_no_date(string text) => Assert.DoesNotContain(Found(text), f => f.Kind == "date");

    [Theory]
    [InlineData("Paciente con cédula 52.118.903, Bogotá.", "mrn", "52.118.903")]
    [InlineData("NRIC T0123456J on the consent form.", "mrn", "T0123456J")]
    [InlineData("HKID Z6543210 confirmed by the clerk.", "mrn", "Z6543210")]
    [InlineData("СНИЛС 123-456-789 01 в карте.", "mrn", "123-456-789 01")]
    [InlineData("Specimen accession AB20240117 sent out.", "mrn", "AB20240117")]
    [InlineData("Afiliación IMSS 1234 56 7890 1 vigente.", "health-plan", "1234 56 7890 1")]
    [InlineData("Placas del vehículo ABC-12-34 registradas.", "vehicle", "ABC-12-34")]
    [InlineData("Voiture immatriculée AB-123-CD devant le centre.", "vehicle", "AB-123-CD")]
    [InlineData("Targa dell'auto AB 123 CD annotata.", "vehicle", "AB 123 CD")]
    [InlineData("Released from HMP Leeds, prison no. B7734QX, on methadone.", "mrn", "B7734QX")]
    [InlineData("Harm reduction client code KI-NE-00412 on the card.", "mrn", "KI-NE-00412")]
    [InlineData("Expediente JZ-2022-01187 del centro penitenciario.", "mrn", "JZ-2022-01187")]
    [InlineData("Uruguay: CI 4.321.765-2, historia clínica HC 778120.", "mrn", "4.321.765-2")]
    [InlineData("Uruguay: CI 4.321.765-2, historia clínica HC 778120.", "mrn", "HC 778120")]
    [InlineData("Chile: RUN 12.345.678-5, Fonasa tramo B.", "mrn", "12.345.678-5")]
    [InlineData("Referral from Dr. Tremblay (CMQ 1-04387).", "license", "1-04387")]
    [InlineData("Skierowanie od lek. Nowak, NPWZ 1234567.", "license", "1234567")]
    [InlineData("Mongolia: register no. УБ85031212 on file.", "mrn", "УБ85031212")]
    [InlineData("Matrícula do carro 45-AB-67 no parque.", "vehicle", "45-AB-67")]
    [InlineData("Registreringsnummer ABC 12D tillhör patienten.", "vehicle", "ABC 12D")]
    [InlineData("Personas kods 300785-12345; Rīga.", "mrn", "300785-12345")]
    [InlineData("Health card (BC PHN) 9876 543 217 on file.", "health-plan", "9876 543 217")]
    [InlineData("Mutualiteit lidnummer 123-4567890-12, Liège.", "health-plan", "123-4567890-12")]
    public void Finds_numbers_after_more_countries_labels(string text, string kind, string value) => Assert.Contains((kind, value), Found(text));

    [Theory]
    [InlineData("Veterans Affairs Canada file K-0093361 for the corporal.", "K-0093361")]
    [InlineData("DVA Gold Card QX905123 for the veteran.", "QX905123")]
    [InlineData("Authority number OTP-Q-448210 on the script.", "OTP-Q-448210")]
    public void Finds_a_coded_value_of_capitals_and_digits_whatever_its_label(string text, string value) =>
        Assert.Contains(Found(text), f => f.Text == value);

    [Theory]
    [InlineData("Report side effects to MedWatch at 1-800-FDA-1088.")]
    [InlineData("Registered as NCT04512345 before enrolment began.")]
    [InlineData("Address Locator 0900C2, Ottawa.")]
    [InlineData("ICD-10 Z79.891 and F11.20; CPT 99213; COVID-19 and SARS-CoV-2.")]
    [InlineData("Naloxone recall: lot NX2309-4471 only.")]
    [InlineData("Risk was higher (OR 1.45, 95% CI 1.12-3.45; p=0.003); HR 0.72 (CI 0.61-0.85).")] // CI is a confidence interval here
    public void Leaves_hotlines_trial_codes_and_clinical_codes_alone(string text) =>
        Assert.DoesNotContain(Found(text), f => f.Kind is "mrn" or "account" or "health-plan" or "device");
}
