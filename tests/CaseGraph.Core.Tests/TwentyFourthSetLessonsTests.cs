using CaseGraph.Core.Privacy;

namespace CaseGraph.Core.Tests;

/// <summary>What the twenty-fourth blind set showed: the sender after "Message de" and "Nachricht von", the writer after "hier
/// ist die" are persons; "Rose" from a chair, a street name counted among drugs, a Slavic eponym ("Choroba Parkinsona"), an
/// Italian service ("SerT"), an English relation word in a sentence of another language, a word for a message before a
/// quotation and a room after "moved to" are not.</summary>
public class TwentyFourthSetLessonsTests
{
    private static readonly PhiDetector Detector = new(PhiLexicon.Of(["Rose", "Molly", "Sabine", "Rasmus", "Aurelien", "Esta"], ["Alvarez", "Weber"], ["Street", "Road"], ["Oregon"], ["methadone"]));

    private static List<string> Found(string text, PhiKind kind) =>
        [.. Detector.Scan(text).Where(f => f.Kind == kind).Select(f => text[f.Start..f.End])];

    [Theory]
    [InlineData("Message de Aurélien : « je passe le 12 avril chercher l'ordonnance ».", "Aurélien")]
    [InlineData("Nachricht von Jürgen Weber: bitte zurückrufen.", "Jürgen Weber")]
    [InlineData("Sprachnachricht: „hallo, hier ist die sabine, mein vater hat keine tabletten mehr.“", "sabine")]
    [InlineData("Rose called from the pharmacy about the refill.", "Rose")]
    [InlineData("Molly called back after lunch.", "Molly")]
    [InlineData("Her partner rasmus drove her to the clinic.", "rasmus")]
    public void Senders_writers_and_people_who_share_a_word_with_a_verb_or_a_drug_are_found(string text, string name) =>
        Assert.Equal([name], Found(text, PhiKind.Name));

    [Theory]
    [InlineData("Rose from the chair without using her arms; Timed Up and Go was 11 seconds.")]
    [InlineData("Rose to standing with effort.")]
    [InlineData("Molly and other stimulants were denied.")]
    [InlineData("Choroba Parkinsona i przewlekła obturacyjna choroba płuc.")]
    [InlineData("Zespół Downa rozpoznany w dzieciństwie.")]
    [InlineData("Il Sert ha confermato la terapia con metadone 40 mg al giorno.")]
    [InlineData("Advies: naloxon voorschrijven en de partner instrueren.")]
    [InlineData("Sprachnachricht: „bitte rückruf wegen der tabletten.“")]
    [InlineData("Fue creado en Chile. Su sede está en el centro.")]
    public void Verbs_drugs_foreign_eponyms_services_and_message_labels_are_no_person(string text) =>
        Assert.Empty(Found(text, PhiKind.Name));

    [Theory]
    [InlineData("Patient was moved to Room 3B after the fall.")]
    [InlineData("Transported to Bay 4 for observation.")]
    public void A_place_inside_a_building_after_moved_to_is_no_address(string text) =>
        Assert.Empty(Found(text, PhiKind.Address));

    [Fact]
    public void A_street_after_moved_to_is_still_an_address() =>
        Assert.Equal(["14 Birch Road"], Found("Pt moved to 14 Birch Road last month.", PhiKind.Address));
}
