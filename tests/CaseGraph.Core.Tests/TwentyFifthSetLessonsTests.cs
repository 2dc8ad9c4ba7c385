using CaseGraph.Core.Privacy;

namespace CaseGraph.Core.Tests;

/// <summary>What the twenty-fifth blind set showed: numbers written straight after a Chinese, Japanese or Korean label
/// ("電話0912-345-678") are found; a holiday named for a person, "Dawn" as a time of day, the French "Elle", German nouns
/// for a doctor, Portuguese and Spanish bodies, a table's header and a diagnosis code are no identifier.</summary>
public class TwentyFifthSetLessonsTests
{
    private static readonly PhiDetector Detector = new(PhiLexicon.Of(["Martin", "Dawn", "Elle", "Marcus"], ["Luther", "Thompson"], ["Street"], ["Oregon"], ["methadone"]));

    private static List<(PhiKind, string)> Found(string text) =>
        [.. Detector.Scan(text).Select(f => (f.Kind, text[f.Start..f.End]))];

    [Fact]
    public void Numbers_right_after_a_label_in_Chinese_script_are_found_by_kind()
    {
        var found = Found("Taiwan: 身分證字號A123456789，健保卡號000012345678，電話0912-345-678。");
        Assert.Contains((PhiKind.Mrn, "A123456789"), found); // a national number after its label, as every other country's
        Assert.Contains((PhiKind.HealthPlan, "000012345678"), found);
        Assert.Contains((PhiKind.Phone, "0912-345-678"), found);
    }

    [Theory]
    [InlineData("전화 010-1234-5678 로 연락 바랍니다.", "010-1234-5678")]
    [InlineData("手机：138 0013 8000", "138 0013 8000")]
    public void A_phone_after_a_Korean_or_Chinese_label_is_found(string text, string phone) =>
        Assert.Contains((PhiKind.Phone, phone), Found(text));

    [Theory]
    [InlineData("Martin Luther King Jr. Day is a clinic holiday; take-home doses were provided.")]
    [InlineData("Dawn is the hardest time of day for her pain.")]
    [InlineData("Elle a une maladie de Basedow traitée par antithyroïdiens de synthèse.")]
    [InlineData("Der Hausarzt wird über die Dosisänderung informiert.")]
    [InlineData("O Serviço Nacional de Saúde comparticipa a naloxona.")]
    [InlineData("El Seguro Social cubre el tratamiento con metadona desde 2019.")]
    [InlineData("Name | Dose | Frequency | Start")]
    [InlineData("ICD-11 code 6C43.20 was used by the team abroad.")]
    public void Holidays_times_pronouns_doctors_bodies_headers_and_diagnosis_codes_are_no_identifier(string text) =>
        Assert.Empty(Found(text));

    [Theory]
    [InlineData("Elle Thompson, 34, was seen today.", "Elle Thompson")]
    [InlineData("Martin Luther, 71, lives alone.", "Martin Luther")]
    public void The_same_words_as_a_persons_name_are_still_found(string text, string name) =>
        Assert.Contains((PhiKind.Name, name), Found(text));

    [Fact]
    public void A_record_number_beside_a_diagnosis_code_is_still_found() =>
        Assert.Contains((PhiKind.Mrn, "00456123"), Found("Diagnosis code F11.20 and MRN 00456123."));
}
