using CaseGraph.Core.Model;
using CaseGraph.Core.Privacy;

namespace CaseGraph.Core.Tests;

/// <summary>What the twenty-eighth blind set showed: a phone number read out in a voicemail, a seven-digit local number after
/// "pager" or "call", an Indian mobile in two groups of five and a toll-free number that is no hotline's are phones; an
/// English patient word after an article of another language ("Le patient vit seul"), an Arabic "his age" after "the
/// patient" and Al-Anon are no name.</summary>
public class TwentyEighthSetLessonsTests
{
    private static readonly PhiDetector Detector = new(PhiLexicon.Of(["Vit", "Marcus", "Faith"], ["Adeyemi"], ["Street"], ["Oregon"], ["tramadol"]));

    private static List<(PhiKind, string)> Found(string text) =>
        [.. Detector.Scan(text).Select(f => (f.Kind, text[f.Start..f.End]))];

    [Theory]
    [InlineData("voicemail: \"it's marcus, my number changed, it's four one five, five five five, zero one nine eight\"", "four one five, five five five, zero one nine eight")]
    [InlineData("my number's two oh seven five five five oh one nine three", "two oh seven five five five oh one nine three")]
    [InlineData("call me at four one seven, 555, 0127", "four one seven, 555, 0127")]
    [InlineData("Voicemail: \"my pharmacy number is 2 0 5, 5 5 5, 0 1 9 7.\"", "2 0 5, 5 5 5, 0 1 9 7")]
    [InlineData("Dr Faith Adeyemi will cover Thursday; her pager is 555-0102.", "555-0102")]
    [InlineData("Nurse line voicemail: \"please call 555-0138\"", "555-0138")]
    [InlineData("Kennitala hjá Guðrún, Akureyri; sími 462 1234.", "462 1234")]
    [InlineData("Please call Bonnie at 1-800-555-0162 ext 4410 to schedule the psych eval.", "1-800-555-0162")]
    [InlineData("Faxed prior auth to Optum at 1-866-555-0137 on 3/22/24.", "1-866-555-0137")]
    [InlineData("Mr Gurpreet Singh, 92, from Ludhiana; son Harjit at 98140 55432.", "98140 55432")]
    [InlineData("Punjab: father reachable at 098140 55014.", "098140 55014")]
    public void Numbers_read_out_local_numbers_after_a_phone_word_and_toll_free_lines_of_a_clinic_are_phones(string text, string phone) =>
        Assert.Contains(Found(text), f => f.Item2 == phone && f.Item1 is PhiKind.Phone or PhiKind.Fax);

    [Theory]
    [InlineData("She counted one two three four five six seven while breathing slowly.")] // counting
    [InlineData("Took one, two, or three tablets on five or six days.")]
    [InlineData("Cell count 150-4000 on the tap; call back in 2 weeks.")]
    [InlineData("Given SAMHSA's National Helpline 1-800-662-4357 and the 988 lifeline.")]
    [InlineData("Poison Control at 1-800-222-1222 was called by the mother.")]
    [InlineData("The TTY number is 1-800-487-4889 for callers who are deaf.")]
    [InlineData("Le patient vit seul et ne conduit plus depuis l'hiver dernier.")]
    [InlineData("المريض عمره 60 عامًا ويعاني من آلام مزمنة أسفل الظهر ويتناول الترامادول.")]
    [InlineData("Alcoholics Anonymous and Al-Anon were recommended for the family.")]
    public void Counting_hotlines_and_words_after_foreign_articles_are_no_identifier(string text) =>
        Assert.Empty(Found(text));

    [Fact]
    public void A_name_after_kin_of_another_language_and_its_article_is_still_found() =>
        Assert.Contains((PhiKind.Name, "marcus"), Found("buenas noches soy lupita la mamá de marcus, me puede marcar"));

    [Fact]
    public void A_published_passage_never_holds_back_for_a_toll_free_number_even_when_it_reads_like_a_case()
    {
        var passage = new GuidelinePassage("gl-1", "Never Use Alone",
            "A 34-year-old man was found after using alone. Never use alone; the Never Use Alone line in the US is 1-800-484-3731.",
            "Harm reduction leaflet", "Overdose", null);

        Assert.DoesNotContain(RecordScanner.Scan(passage, Detector), f => f.Kind is PhiKind.Phone);
        Assert.Contains(Detector.Scan(passage.Text), f => f.Kind is PhiKind.Phone); // a case holds it back
    }
}
