using CaseGraph.Core.Privacy;

namespace CaseGraph.Core.Tests;

/// <summary>What the twenty-sixth blind set showed: a local number in four groups after a phone word of another language
/// ("tel. 91 402 33 17", "tlf. 22 33 44 55") is a phone; a diagnosis code after "Code", a German noun after an age
/// ("61-jähriger Mann"), German sentence openers and care nouns, and eponymous formulas are no identifier.</summary>
public class TwentySixthSetLessonsTests
{
    private static readonly PhiDetector Detector = new(PhiLexicon.Of(["Antonio", "Mikkel"], ["Mann", "Ruiz"], ["Street"], ["Oregon"], ["methadone"]));

    private static List<(PhiKind, string)> Found(string text) =>
        [.. Detector.Scan(text).Select(f => (f.Kind, text[f.Start..f.End]))];

    [Theory]
    [InlineData("Sr. Antonio Ruiz, tel. 91 402 33 17, móvil 612 34 56 78.", "91 402 33 17")]
    [InlineData("Sr. Antonio Ruiz, tel. 91 402 33 17, móvil 612 34 56 78.", "612 34 56 78")]
    [InlineData("Patientens søn Mikkel er pårørende, tlf. 22 33 44 55.", "22 33 44 55")]
    [InlineData("Correo: teléfono 943 00 70 00 ext. 1234.", "943 00 70 00")]
    public void A_local_number_in_four_groups_after_a_phone_word_is_a_phone(string text, string phone) =>
        Assert.Contains((PhiKind.Phone, phone), Found(text));

    [Theory]
    [InlineData("Code Z79.891 documents long-term use of opiate analgesics.")]
    [InlineData("Der Patient ist ein 61-jähriger Mann mit chronischen Rückenschmerzen.")]
    [InlineData("Das Morbus-Bechterew-Risiko wurde mit HLA-B27 abgeklärt.")]
    [InlineData("Nächste Kontrolle in vier Wochen, dann Urinkontrolle auf Opiate.")]
    [InlineData("CrCl 38 mL/min by Cockcroft-Gault")]
    [InlineData("Take it 3 times a day with food.")]
    public void Codes_nouns_after_an_age_sentence_openers_and_formulas_are_no_identifier(string text) =>
        Assert.Empty(Found(text));

    [Fact]
    public void A_surname_that_is_also_a_noun_is_still_found_after_a_title() =>
        Assert.Contains((PhiKind.Name, "Mann"), Found("Herr Mann, 61, kommt am Montag."));

    [Fact]
    public void A_record_number_shaped_like_no_diagnosis_code_is_still_found() =>
        Assert.Contains((PhiKind.Mrn, "Z79891"), Found("MRN Z79891 on file."));
}
