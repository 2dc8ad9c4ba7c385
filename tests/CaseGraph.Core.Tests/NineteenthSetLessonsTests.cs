using CaseGraph.Core.Privacy;

namespace CaseGraph.Core.Tests;

/// <summary>What the nineteenth blind set's clean sentences showed: holidays of other languages and a holiday's eve, bodies
/// and guidance of other languages, a run before the word for a body; and kin in Greek with "his", an account holder in
/// German, Croatian months, a Finnish plate.</summary>
public class NineteenthSetLessonsTests
{
    private static readonly PhiDetector Detector = new(PhiLexicon.Of(["Eve", "Avis", "Royal", "Dieter"], ["Faltermeier"], ["Street"], ["Oregon"], ["opioids"]));

    private static List<(PhiKind Kind, string Text)> Found(string text) =>
        [.. Detector.Scan(text).Select(f => (f.Kind, text[f.Start..f.End]))];

    [Theory]
    [InlineData("last ED visit was on Christmas Eve, for a fall on ice")]
    [InlineData("Die Patientin war über Weihnachten und Silvester bei der Familie in Österreich.")]
    [InlineData("Avis de la Haute Autorité de Santé sur le bon usage des opioïdes forts.")]
    [InlineData("The Royal Australian College of General Practitioners recommends avoiding opioids.")]
    public void Holidays_and_bodies_are_no_person(string text) => Assert.DoesNotContain(Found(text), f => f.Kind == PhiKind.Name);

    [Theory]
    [InlineData("Η κόρη του, Ελένη, τηλεφώνησε για τη δόση.", PhiKind.Name, "Ελένη")]
    [InlineData("Kontonummer 0532013000, Kontoinhaber Dieter Faltermeier.", PhiKind.Name, "Dieter Faltermeier")]
    [InlineData("Pacijentica iz Zagreba; pregled 7. ožujka 2024.", PhiKind.Date, "7. ožujka 2024")]
    [InlineData("Rekisterikilpi KLM-482 merkitty raporttiin.", PhiKind.Vehicle, "KLM-482")]
    public void Kin_holders_dates_and_plates_of_more_languages_are_found(string text, PhiKind kind, string value) =>
        Assert.Contains((kind, value), Found(text));

    [Fact]
    public void Children_is_no_cue_for_a_word_after_it() =>
        Assert.Empty(Found("In younger children, extragonadal germ cell tumors occur at birth. Children dont have the same symptoms."));
}
