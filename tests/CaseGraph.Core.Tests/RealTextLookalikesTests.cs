using CaseGraph.Core.Model;
using CaseGraph.Core.Privacy;

namespace CaseGraph.Core.Tests;

/// <summary>What real published passages and blind-written notes showed the screen: months, drug slang, peoples and
/// eponyms of other languages that are no person; names written in lower case after "mr." or before their kin; passages
/// about a population or a namesake that are no case.</summary>
public class RealTextLookalikesTests
{
    private static readonly PhiDetector Detector = new(PhiLexicon.Of(
        ["Marty", "Mai", "Molly", "Tina", "Charlie", "Bebe", "Rosa"],
        ["Hoffmann", "Chagas", "Grubb"],
        ["Street"], ["Oregon"], ["methadone", "buprenorphine", "MDMA", "cocaine"]));

    private static List<(PhiKind Kind, string Text)> Found(string text) =>
        [.. Detector.Scan(text).Select(f => (f.Kind, text[f.Start..f.End]))];

    private static List<string> Names(string text) => [.. Found(text).Where(f => f.Kind == PhiKind.Name).Select(f => f.Text)];

    [Theory]
    [InlineData("Die Substitution mit Methadon wurde im Mai 2021 begonnen.")]         // a month that is also a name, before a year
    [InlineData("Signo de Hoffmann negativo, reflejos simétricos.")]                    // an eponym in another language
    [InlineData("Doença de Chagas foi descartada com sorologia negativa.")]
    [InlineData("Molly was the street name he used for MDMA.")]                        // drug slang
    [InlineData("Charlie and snow are street names for cocaine.")]
    [InlineData("Tina is a slang term for methamphetamine used in some communities.")]
    [InlineData("Se recomienda no separar a la madre del bebé siempre que sea posible.")]
    [InlineData("Heart failure is more common in African Americans than in other groups.")] // a people
    [InlineData("how is hps diagnosed and treated for Hantavirus ?")]                   // a disease by its ending
    public void Leaves_months_slang_peoples_and_eponyms_alone(string text) => Assert.Empty(Names(text));

    [Fact]
    public void The_same_names_as_persons_are_still_found()
    {
        Assert.Contains("Mai", Names("Mai reports better sleep since the taper."));
        Assert.Contains("Molly", Names("Her daughter Molly drives her to clinic."));
    }

    [Theory]
    [InlineData("hey it's dawn from walgreens, calling about mr. tuttle's suboxone, please call back", "tuttle")] // after "mr." a word in no list
    [InlineData("voicemail: \"this is junior, marty's brother, he's in the ER\"", "marty")]                       // a name before its kin
    public void Finds_lower_case_names_after_a_title_and_before_kin(string text, string name) => Assert.Contains(name, Names(text));

    [Theory]
    [InlineData("the patient's brother called")]
    [InlineData("pt's daughter will pick up the script")]
    public void A_word_before_kin_is_no_name(string text) => Assert.Empty(Names(text));

    [Fact]
    public void A_zip_plus_four_in_one_run_after_a_city_and_state_is_a_postal_code() =>
        Assert.Contains((PhiKind.Zip, "222091903"), Found("1700 North Moore Street, Suite 1540 Arlington, VA 222091903"));

    [Theory]
    [InlineData("Heart failure is more common in people who are 65 years old or older.", false)] // a population
    [InlineData("In a trial of adults 60 years old or older the vaccine reduced the risk.", false)]
    [InlineData("The earlier the patient is brought in to intensive care, the better.", false)] // guidance in the present
    [InlineData("The deer mouse was found to be the main host.", false)]
    [InlineData("The decedent was found in a motel room with drug paraphernalia.", true)]
    [InlineData("She is 54 years old and lives alone.", true)]
    [InlineData("The patient was seen twice in May.", true)]
    public void A_population_or_guidance_does_not_read_like_a_case(string text, bool caseLike) =>
        Assert.Equal(caseLike, RecordScanner.ReadsLikeACase(text));

    [Fact]
    public void A_passage_on_a_population_holds_back_only_for_what_identifies_a_patient()
    {
        var passage = new GuidelinePassage("pub-7", "Who is at risk for heart failure?",
            "Heart failure is more common in people who are 65 years old or older and in African Americans. Visit www.healthcare.gov " +
            "or write to 1700 North Moore Street, Arlington, VA 222091903.", "NIHSeniorHealth", "Heart Failure");
        Assert.Empty(RecordScanner.Scan(passage, Detector));
    }
}
