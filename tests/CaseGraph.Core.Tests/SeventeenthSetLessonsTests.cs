using CaseGraph.Core.Privacy;

namespace CaseGraph.Core.Tests;

/// <summary>What the seventeenth blind set showed the screen: a name said again alone, kin named after a month, nicknames,
/// Greek kin and months, Korean and lower-case dates, more national labels; and what is no person (a drug after "treated
/// with", a street name used, a holiday, "Harmony between", German "Im", the Spanish verb "son") nor an id (a plan's years).</summary>
public class SeventeenthSetLessonsTests
{
    private static readonly PhiDetector Detector = new(PhiLexicon.Of(
        ["Mark", "Ruth", "Clarence", "Will", "Molly", "Harmony"],
        ["Sorensen", "Abernathy", "Hollis", "Barnes", "Young"],
        ["Street"], ["Oregon"], ["lorazepam", "tramadol", "hepatitis"]));

    private static List<(PhiKind Kind, string Text)> Found(string text) =>
        [.. Detector.Scan(text).Select(f => (f.Kind, text[f.Start..f.End]))];

    private static List<string> Names(string text) => [.. Found(text).Where(f => f.Kind == PhiKind.Name).Select(f => f.Text)];

    [Fact]
    public void A_name_said_again_alone_is_the_same_person()
    {
        var names = Names("Mark Sorensen (son) says the lorazepam was in the car; Mark will bring the bottles Tuesday.");
        Assert.Equal(["Mark Sorensen", "Mark"], names);
        // a name that is also a word, opening a sentence with nothing a person does after it, stays a word
        Assert.Equal(["Young"], Names("Dr. Young saw her. Young adults are at higher risk."));
        Assert.Equal(["Will Barnes"], Names("Will Barnes called. Will she tolerate a slower taper?"));
    }

    [Theory]
    [InlineData("Ruth Abernathy takes tramadol 50 mg daily; her daughter June manages meds.", "June")]
    [InlineData("The patient's nickname is Bubba; legal name Clarence Hollis.", "Bubba")]
    [InlineData("Ο ασθενής είναι καλά· κόρη Ελένη, τηλ. στο αρχείο.", "Ελένη")]
    public void Kin_named_after_a_month_nicknames_and_greek_kin_are_names(string text, string name) => Assert.Contains(name, Names(text));

    [Theory]
    [InlineData("A text: can u move my appt to march 12? need my bupe", PhiKind.Date, "march 12")]
    [InlineData("Text log 14:05 clinic: ok, rescheduled to 6/20.", PhiKind.Date, "6/20")]
    [InlineData("방문일 2024. 3. 12. 외래 진료", PhiKind.Date, "2024. 3. 12.")]
    [InlineData("Επίσκεψη στις 12 Μαρτίου 2024 στο ιατρείο.", PhiKind.Date, "12 Μαρτίου 2024")]
    [InlineData("Venezuelan patient, C.I. V-18.456.789, Caracas.", PhiKind.Mrn, "V-18.456.789")]
    [InlineData("Dr Sandhu (CPSM reg. 43291) signed the form.", PhiKind.License, "43291")]
    [InlineData("HCN 1234-567-890-AB on the Ontario form.", PhiKind.HealthPlan, "1234-567-890-AB")]
    [InlineData("NUSS 28 12345678 40 en el expediente.", PhiKind.Mrn, "28 12345678 40")]
    [InlineData("Versichertenkarte CSS 80756000010012345678 liegt vor.", PhiKind.HealthPlan, "80756000010012345678")]
    [InlineData("Toma clonazepam; obra social OSDE 61 234567 8 01.", PhiKind.HealthPlan, "61 234567 8 01")]
    [InlineData("Son numéro d'assurance maladie est LEMJ 5709 1423.", PhiKind.HealthPlan, "LEMJ 5709 1423")]
    public void Dates_and_numbers_of_more_forms_are_found(string text, PhiKind kind, string value) => Assert.Contains((kind, value), Found(text));

    [Theory]
    [InlineData("Past history of hepatitis C, treated with Epclusa in 2019.")]             // a brand after "treated with"
    [InlineData("Molly was used once at a music festival and is not a current concern.")]  // a street name used
    [InlineData("Take-homes were arranged for Boxing Day and New Year's Day.")]            // a holiday
    [InlineData("Harmony between the pain clinic and the OTP improved.")]
    [InlineData("Im Urin wurden keine Opiate nachgewiesen.")]                               // German "in the"
    [InlineData("La metadona y la buprenorfina son medicamentos monopolio del Estado.")]    // Spanish "they are"
    public void Drugs_holidays_and_words_of_other_languages_are_no_person(string text) => Assert.Empty(Names(text));

    [Fact]
    public void A_plans_years_are_no_id_and_a_law_named_after_a_young_person_tells_a_namesakes_story()
    {
        Assert.Empty(Found("Member states endorsed the Global Alcohol Action Plan 2022-2030."));
        Assert.True(RecordScanner.TellsANamesakesStory("The Ryan Haight Act of 2008, named after an 18-year-old from La Mesa, California."));
    }

    [Theory]
    [InlineData("Brent Calloway Jr, 38, a long-haul truck driver from Tulsa, began using kratom powder.", true)]
    [InlineData("Armando Quintanilla-Vance, 33, a line cook in Austin, asks to restart Adderall.", true)]
    [InlineData("The Lancet Psychiatry review of 2019 found that a third of adults, 45 and older, use opioids.", false)]
    public void A_person_introduced_with_their_age_makes_a_passage_a_case(string text, bool caseLike) =>
        Assert.Equal(caseLike, RecordScanner.ReadsLikeACase(text));

    [Fact]
    public void Her_son_and_a_son_at_the_start_still_name_someone()
    {
        Assert.Contains("bryce", Names("vm: says her son bryce ran out of suboxone early"));
        Assert.Contains("keanu", Names("son keanu picking up script today"));
    }
}
