using CaseGraph.Core.Corpus;
using CaseGraph.Core.Model;
using CaseGraph.Core.Privacy;

namespace CaseGraph.Core.Tests;

/// <summary>Every stored field is screened or closed, and corpus messages name the field and rule, never the value.</summary>
public class FieldScreeningTests
{
    private static readonly PhiDetector Detector = new(PhiLexicon.Of(
        ["Mary", "John"], ["Jones", "Smith"], ["Street"], ["Oregon"], ["oxycodone", "naloxone", "methadone", "fentanyl", "taper"]));

    private const string Phone = "555-867-5309";

    private static string Case(string id = "case-0001", string setting = "rural", string unit = "mg", string frequency = "q6h prn",
        string recommendationId = "case-0001-r1", string summary = "On oxycodone 10 mg q6h for back pain.", string presented = "2021-03") =>
        System.Text.Json.JsonSerializer.Serialize(new
        {
            id, presented, setting, patient = new { ageBand = "50-59", sex = "female" }, summary,
            questions = new[] { "How should we taper?" },
            medications = new[] { new { name = "oxycodone", dose = 10, unit, frequency } },
            recommendations = new[] { new { id = recommendationId, text = "Taper by 10% per month." } },
        });

    private static CorpusError SingleError(string json, CorpusLimits? limits = null)
    {
        var outcome = CaseParser.Parse(json, "cases/case-0001.json", limits);
        Assert.Null(outcome.Value);
        return Assert.Single(outcome.Errors);
    }

    [Theory]
    [InlineData("case-0001")]
    [InlineData("case-0001-r1")]
    [InlineData("rec-0001-1")]
    [InlineData("cdc-2022-r1")]
    [InlineData("cdc2022-r12-methadone-fentanyl")]
    [InlineData("case-g0000001")]
    public void Record_ids_of_the_bundled_and_generated_shapes_are_valid(string id) => Assert.True(RecordIds.IsValid(id));

    [Theory]
    [InlineData("Mary-Jones-1961-04-12-MRN48213377")] // a date and an 8-digit record number
    [InlineData("case-0001\n")]                        // '$' matched before a final newline
    [InlineData("case-0001\r\n")]
    [InlineData("pt-555-867-5309")]                     // three numbers in a row: a phone number
    [InlineData("case-12345678")]                       // more than 7 digits in a run
    [InlineData("-case-1")]
    [InlineData("case 1")]
    public void Record_ids_that_could_hold_a_date_or_number_are_invalid(string id) => Assert.False(RecordIds.IsValid(id));

    [Fact]
    public void A_record_id_longer_than_64_characters_is_invalid() =>
        Assert.False(RecordIds.IsValid("case-" + new string('a', RecordIds.MaxLength)));

    [Theory]
    [InlineData("Mary-Jones-1961-04-12-MRN48213377", "case-0001-r1")]
    [InlineData("case-0009\n", "case-0001-r1")]
    [InlineData("case-0001", "Mary-Jones-1961-04-12-r1")]
    public void An_invalid_case_or_recommendation_id_is_reported_by_its_field_and_rule_without_quoting_it(string id, string recommendationId)
    {
        var error = SingleError(Case(id: id, recommendationId: recommendationId));

        Assert.Contains(RecordIds.Rule, error.Reason);
        Assert.DoesNotContain("Mary", error.Reason);
        Assert.DoesNotContain("1961", error.Reason);
        Assert.DoesNotContain("case-0009", error.Reason);
    }

    [Fact]
    public void A_year_month_with_a_trailing_newline_is_invalid() => Assert.DoesNotMatch(CaseParser.YearMonthPattern(), "2021-03\n");

    [Fact]
    public void An_invalid_setting_names_the_field_and_the_allowed_values_but_not_the_value()
    {
        var error = SingleError(Case(setting: $"Dr. John Smith clinic {Phone}"));

        Assert.Equal("'setting' must be one of rural, urban, suburban, tribal, correctional", error.Reason);
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void A_unit_outside_the_closed_set_is_rejected_without_quoting_it()
    {
        var error = SingleError(Case(unit: $"mg per Mary Jones {Phone}"));

        Assert.StartsWith("'medications[0].unit' must be one of mg, mcg,", error.Reason);
        Assert.DoesNotContain("Jones", error.Reason);
    }

    [Fact]
    public void Every_unit_and_frequency_of_the_bundled_shapes_parses()
    {
        foreach (var unit in new[] { "mg", "mcg", "mcg/hr", "g", "tablet", "capsules", "patch", "units" })
            Assert.Empty(CaseParser.Parse(Case(unit: unit), "cases/case-0001.json").Errors);
    }

    [Fact]
    public void Invalid_json_is_reported_by_position_without_quoting_the_text()
    {
        var error = SingleError($"{{\"id\": \"case-0001\", \"summary\": Mary Jones {Phone}}}");

        Assert.StartsWith("invalid JSON at byte", error.Reason);
        Assert.DoesNotContain("M", error.Reason.Replace("JSON", ""));
    }

    [Fact]
    public void A_text_field_over_its_limit_is_reported_by_field_and_limit()
    {
        var limits = new CorpusLimits { MaxTextLength = 100 };

        var error = SingleError(Case(summary: "Mary Jones " + new string('x', 100)), limits);

        Assert.Equal("field 'summary' is longer than 100 characters (the limit)", error.Reason);
    }

    [Fact]
    public void A_list_over_its_limit_is_reported_without_reading_its_items()
    {
        var json = Case().Replace("\"questions\":[\"How should we taper?\"]", "\"questions\":[" + string.Join(',', Enumerable.Repeat("\"Why?\"", 21)) + "]");

        Assert.Equal("field 'questions' holds more than 20 items (the limit)", SingleError(json).Reason);
    }

    [Fact]
    public void A_case_file_over_its_limit_is_rejected_before_it_is_parsed()
    {
        var error = SingleError(Case(summary: new string('x', 2_000)), new CorpusLimits { MaxCaseFileBytes = 1_000 });

        Assert.Equal("a case file may hold at most 1000 bytes; skipped", error.Reason);
    }

    [Fact]
    public void A_passage_line_over_its_limit_is_skipped_and_the_other_lines_are_read()
    {
        string Line(string id, string text) => System.Text.Json.JsonSerializer.Serialize(new { id, title = "T", text, source = "CDC 2022", section = "R1" });
        var jsonl = string.Join('\n', Line("cdc-1", "Short."), Line("cdc-2", new string('x', 500)), Line("cdc-3", "Short too."));

        var (passages, errors) = GuidelineParser.Parse(jsonl, "guidelines/g.jsonl", new CorpusLimits { MaxGuidelineLineBytes = 200 });

        Assert.Equal(["cdc-1", "cdc-3"], passages.Select(p => p.Id));
        Assert.Equal(new CorpusError("guidelines/g.jsonl", 2, "a passage line may hold at most 200 bytes; skipped"), Assert.Single(errors));
    }

    [Fact]
    public void Frequency_ids_and_source_are_screened()
    {
        var record = CaseParser.Parse(Case(frequency: $"q6h per Dr. Mary Jones {Phone}", recommendationId: "mary-jones-r1"), "cases/c.json").Value!;
        var passage = new GuidelinePassage("john-smith-1", "Title", "Text.", $"Call {Phone}", "Section 1");

        var caseFields = RecordScanner.Scan(record, Detector).Select(f => f.Field).Distinct();
        var passageFields = RecordScanner.Scan(passage, Detector).Select(f => f.Field).Distinct();

        Assert.Equal(["medications[0].frequency", "recommendations[0].id"], caseFields.Order());
        Assert.Equal(["id"], passageFields.Order()); // a hotline in a published passage's source does not hold it back
    }

    [Fact]
    public void A_published_passage_is_held_back_only_for_what_identifies_a_patient()
    {
        const string publicHealth = "Addison's disease and Ehlers-Danlos syndrome are rare in the United States. The National Heart, Lung, " +
            "and Blood Institute and Dr. Nora Volkow advise adults aged 90 and older; call 1-800-662-4357 or see https://www.samhsa.gov/find-help " +
            "(updated March 3, 2023; write to info@example.org, 1600 Clifton Road, Atlanta, GA 30329).";
        var published = new GuidelinePassage("pub-1", "How the Test Will Feel", publicHealth, "CDC 2022", "Graham crackers and Melba toast");
        var caseLike = published with { Id = "pub-2", Text = "A patient, Rosa Delgado, MRN 4455667, asked her son Tomas to call the clinic." };

        Assert.NotEmpty(RecordScanner.Scan(CaseParser.Parse(Case(summary: publicHealth), "cases/c.json").Value!, Detector)); // a case: every kind
        Assert.Empty(RecordScanner.Scan(published, Detector));
        var held = RecordScanner.Scan(caseLike, Detector).Select(f => f.Kind).ToList();
        Assert.Contains(PhiKind.Mrn, held);
        Assert.Equal(2, held.Count(k => k == PhiKind.Name)); // the patient and her son, after words about them
    }

    [Theory]
    [InlineData("It commonly presents with a limp. Arthur Legg, Jacques Calvé and Georg Perthes described it in 1910.", false)] // a disease presents
    [InlineData("Kaposi sarcoma presents with violaceous plaques; Moritz Kaposi described it in Vienna in 1872.", false)]
    [InlineData("A woman who presents with a limp; her son Tomas drove her in.", true)]                                // a person presents
    [InlineData("Our patient was admitted on 3 March 2023.", true)]
    [InlineData("A 54-year-old man with low back pain; his wife Maria drives him.", true)]
    [InlineData("Patent medicines such as Mrs. Winslow's Soothing Syrup held morphine.", false)]                        // a product
    [InlineData("Mrs. Okafor's daughter called the clinic.", true)]
    [InlineData("Laura's Law is named after Laura Wilcox, a 19-year-old student killed in 2001.", false)]              // a namesake's age
    [InlineData("The act was named after Ryan White, a 13-year-old who had hemophilia.", false)]
    public void A_passage_reads_like_a_case_when_a_person_presents(string text, bool caseLike) =>
        Assert.Equal(caseLike, RecordScanner.ReadsLikeACase(text));

    [Fact]
    public void A_charity_number_and_an_institute_after_a_kin_word_do_not_hold_a_passage_back()
    {
        var passage = new GuidelinePassage("pub-3", "Thailand's Princess Mother National Institute on Drug Abuse Treatment",
            "The Princess Mother National Institute on Drug Abuse Treatment runs the programme with Alcohol Change UK, charity number 1186288.", "WHO", "Services");
        Assert.Empty(RecordScanner.Scan(passage, Detector));
    }

    [Fact]
    public void Namesakes_bills_state_monopolies_and_short_hotlines_do_not_hold_a_passage_back()
    {
        var passage = new GuidelinePassage("pub-4", "Named Legislation",
            "Kendra's Law is named after Kendra Webdale. Governor Jim Justice signed Senate Bill 334. Sweden's Systembolaget and " +
            "Finland's Alko sell alcohol. Callers can dial the toll-free number 14416. Puede enviar un mensaje de texto al 988.", "WHO", "Dishes Named After People");
        Assert.Empty(RecordScanner.Scan(passage, Detector));
    }

    [Fact]
    public void A_namesakes_family_holds_no_passage_back_but_a_record_number_in_it_does()
    {
        const string story = "Jessie's Law requires that a patient's history of opioid use disorder be shared with consent. Jessie Grubb died in 2016; " +
            "her father, David Grubb, was a state senator.";
        Assert.False(RecordScanner.ReadsLikeACase(story));
        Assert.Empty(RecordScanner.Scan(new GuidelinePassage("pub-5", "Jessie's Law", story, "SAMHSA", "Policy"), Detector));
        var withNumber = new GuidelinePassage("pub-6", "Jessie's Law", story + " Her hospital record no. 00482913 was disclosed.", "SAMHSA", "Policy");
        Assert.Contains(RecordScanner.Scan(withNumber, Detector), f => f.Kind == PhiKind.Mrn);
    }

    [Fact]
    public void A_clean_case_has_no_findings_in_any_field() =>
        Assert.Empty(RecordScanner.Scan(CaseParser.Parse(Case(), "cases/c.json").Value!, Detector));
}
