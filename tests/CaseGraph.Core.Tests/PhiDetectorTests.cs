using CaseGraph.Core.Model;
using CaseGraph.Core.Privacy;

namespace CaseGraph.Core.Tests;

public class PhiDetectorTests
{
    private static readonly PhiDetector Detector = new(PhiLexicon.Of(
        ["Maria", "John", "Grace"], ["Lopez", "Smith"], ["Street", "Avenue"], ["Oregon"], ["oxycodone", "Norco", "naloxone", "Percocet", "buprenorphine"]));

    private static List<(string Kind, string Text)> Found(string text) =>
        [.. Detector.Scan(text).Select(f => (f.Kind.ToSlug(), text[f.Start..f.End]))];

    [Theory]
    [InlineData("Call her at (503) 555-0142 today.", "phone", "(503) 555-0142")]
    [InlineData("Fax: 503-555-0199.", "fax", "503-555-0199")]
    [InlineData("Email jroe@example.org about refills.", "email", "jroe@example.org")]
    [InlineData("SSN 123-45-6789 on the form.", "ssn", "123-45-6789")]
    [InlineData("MRN: 4471923 was wrong.", "mrn", "4471923")]
    [InlineData("Portal login from 192.0.2.19 yesterday.", "ip", "192.0.2.19")]
    [InlineData("See https://example.org/p/88 for the plan.", "url", "https://example.org/p/88")]
    [InlineData("Seen on 2024-03-14 in clinic.", "date", "2024-03-14")]
    [InlineData("Seen on March 14, 2024 in clinic.", "date", "March 14, 2024")]
    [InlineData("A 93-year-old man on oxycodone.", "age", "93-year-old")]
    [InlineData("Lives at 1428 Elm Street with her son.", "address", "1428 Elm Street")]
    [InlineData("Mailing ZIP 97201 on file.", "zip", "97201")]
    [InlineData("Dr. Alvarez called about the taper.", "name", "Alvarez")]
    [InlineData("Her son John Smith picks up the naloxone.", "name", "John Smith")]
    [InlineData("Ms. Grace Lopez takes Percocet.", "name", "Grace Lopez")]
    [InlineData("Her son Patrick picks up the naloxone.", "name", "Patrick")]
    [InlineData("Ms. Kaiser called about the taper.", "name", "Kaiser")]
    public void Finds_each_kind_with_offsets_of_the_identifier_alone(string text, string kind, string identifier)
    {
        Assert.Contains((kind, identifier), Found(text));
    }

    [Theory]
    [InlineData("Norco 10/325 q6h, 90 MME/day since 2019-06; pain 7/10; BP 128/82.")]
    [InlineData("An 89-year-old on buprenorphine 8 mg BID; QTc 478 ms; PHQ-9 of 14 in March 2024.")]
    [InlineData("Grace and patience helped; we will taper oxycodone in May.")]
    [InlineData("Percocet was stopped; naloxone prescribed; F11.20 coded at 99214.")]
    [InlineData("Never tested for hepatitis C. Socially, she is isolated. Has hepatitis C. The clinic is far.")]
    public void Leaves_clinical_text_alone(string text)
    {
        Assert.Empty(Found(text));
    }

    [Fact]
    public void Record_findings_name_the_field_and_never_the_identifier()
    {
        var record = new CaseRecord("case-1", "2024-03", null, "rural", new PatientInfo("40-49", "female"), "On oxycodone.",
            ["How fast?", "Call Maria at 503-555-0142?"], [], [new RecommendationRecord("case-1-r1", "Taper.")], []);

        var findings = RecordScanner.Scan(record, Detector);

        Assert.Equal(["name in questions[1] at 5-10 (0.75)", "phone in questions[1] at 14-26 (0.98)"], findings.Select(f => f.ToString()).Order());
    }
}
