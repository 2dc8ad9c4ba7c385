using CaseGraph.Core.Privacy;

namespace CaseGraph.Core.Tests;

/// <summary>What the twentieth blind set showed: a surname that is an eponym after a title or "patient" is a person when it
/// names nothing there; a word-name before "the neighbour" is a person; weekdays of other languages, an eponym's compound
/// ("Hoffmann-Zeichen") and "Semana Santa" are no person.</summary>
public class TwentiethSetLessonsTests
{
    private static readonly PhiDetector Detector = new(PhiLexicon.Of(["Rusty", "Louise", "Tiago", "Fatima"], ["Smith"], ["Street"], ["Oregon"], ["levodopa", "thiamine"]));

    private static List<string> Names(string text) =>
        [.. Detector.Scan(text).Where(f => f.Kind == PhiKind.Name).Select(f => text[f.Start..f.End])];

    [Theory]
    [InlineData("Teaching case: Ms. Parkinson, a 62-year-old with Parkinson disease on levodopa.", "Parkinson")]
    [InlineData("Patient Apgar — no relation to the Apgar score — delivered at 38 weeks.", "Apgar")]
    [InlineData("Rusty the neighbour found him on the porch.", "Rusty")]
    public void Eponymous_surnames_after_a_title_and_word_names_before_a_relation_are_persons(string text, string name) =>
        Assert.Contains(name, Names(text));

    [Theory]
    [InlineData("Portal message: \"i ran out of gabapentin early bc my cat knocked the bottle in the sink. — louise\"", "louise")]
    [InlineData("Mensagem: \"oi doutora, aqui é o tiago, minha mãe ta com dor\"", "tiago")]
    [InlineData("WhatsApp: dona Fátima pediu a receita de morfina.", "Fátima")]
    public void A_signature_in_lower_case_an_article_before_the_writer_and_a_lower_case_dona_name_someone(string text, string name) =>
        Assert.Contains(name, Names(text));

    [Theory]
    [InlineData("Glasgow Coma Scale 14 on arrival; Parkinson disease stable.")]
    [InlineData("hey its a long story but i need a refill")]
    [InlineData("The dose was reduced - once daily")]
    [InlineData("Dr. Smith noted Parkinson's disease progression.", "Smith")]
    [InlineData("Semana Santa coincidió con la recaída.")]
    [InlineData("Das Hoffmann-Zeichen war beidseits negativ.")]
    [InlineData("Am Montag ist die Ambulanz geschlossen.")]
    [InlineData("The rusty nail caused a wound; the patient was seen by the neighbour.")]
    public void Eponyms_that_name_a_scale_or_sign_weekdays_and_holidays_are_no_person(string text, params string[] persons) =>
        Assert.Equal(persons, Names(text));
}
