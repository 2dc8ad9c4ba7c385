using CaseGraph.Core.Corpus;

namespace CaseGraph.Core.Tests;

public class CaseParserTests
{
    private const string Valid = """
        {
          "id": "case-0001",
          "presented": "2021-03",
          "program": "Chronic Pain and OUD ECHO",
          "setting": "rural",
          "patient": { "ageBand": "50-59", "sex": "female" },
          "summary": "On oxycodone 10 mg q6h for back pain.",
          "questions": ["How should we taper?"],
          "medications": [ { "name": "oxycodone", "dose": 10, "unit": "mg", "frequency": "q6h prn" } ],
          "recommendations": [ { "id": "case-0001-r1", "text": "Taper by 10% per month." } ],
          "topics": ["tapering"],
          "extra": "ignored"
        }
        """;

    [Fact]
    public void Parses_a_valid_case_with_every_field()
    {
        var outcome = CaseParser.Parse(Valid, "cases/case-0001.json");

        Assert.Empty(outcome.Errors);
        var c = outcome.Value!;
        Assert.Equal("case-0001", c.Id);
        Assert.Equal("2021-03", c.Presented);
        Assert.Equal("50-59", c.Patient.AgeBand);
        Assert.Equal(10, c.Medications.Single().Dose);
        Assert.Equal("q6h prn", c.Medications.Single().Frequency);
        Assert.Equal("case-0001-r1", c.Recommendations.Single().Id);
        Assert.Equal(["tapering"], c.Topics);
        Assert.Equal("How should we taper?", c.Title);
    }

    [Fact]
    public void Invalid_json_is_reported_with_path_and_line()
    {
        var broken = "{\n  \"id\": \"case-0002\",\n  \"summary\": \"text\n}";

        var outcome = CaseParser.Parse(broken, "cases/case-0002.json");

        Assert.Null(outcome.Value);
        var error = Assert.Single(outcome.Errors);
        Assert.Equal("cases/case-0002.json", error.Path);
        Assert.Equal(3, error.Line);
        Assert.StartsWith("invalid JSON", error.Reason);
    }

    [Fact]
    public void Missing_and_malformed_fields_are_each_reported_at_their_line()
    {
        var json = Valid.Replace("\"presented\": \"2021-03\"", "\"presented\": \"2021-03-14\"")
            .Replace("\"setting\": \"rural\",", "")
            .Replace("\"dose\": 10", "\"dose\": \"ten\"");

        var outcome = CaseParser.Parse(json, "c.json");

        Assert.Null(outcome.Value);
        Assert.Contains(outcome.Errors, e => e.Reason.Contains("year-month") && e.Line == 3);
        Assert.Contains(outcome.Errors, e => e.Reason.Contains("missing required field 'setting'"));
        Assert.Contains(outcome.Errors, e => e.Reason.Contains("'medications[0].dose' must be a number"));
    }

    [Theory]
    [InlineData("\"setting\": \"rural\"", "\"setting\": \"moon\"", "'setting' must be one of")]
    [InlineData("\"ageBand\": \"50-59\"", "\"ageBand\": \"53\"", "'patient.ageBand' must be one of")]
    [InlineData("\"questions\": [\"How should we taper?\"]", "\"questions\": []", "at least one question")]
    [InlineData("\"id\": \"case-0001\"", "\"id\": \"case 0001/../x\"", "may hold only")]
    [InlineData("{ \"id\": \"case-0001-r1\", \"text\": \"Taper by 10% per month.\" }", "{ \"id\": \"case-0001-r1\" }", "recommendations[0].text")]
    public void Rejects_values_outside_the_format(string from, string to, string reason)
    {
        var outcome = CaseParser.Parse(Valid.Replace(from, to), "c.json");

        Assert.Null(outcome.Value);
        Assert.Contains(outcome.Errors, e => e.Reason.Contains(reason));
    }

    [Fact]
    public void A_json_array_is_not_a_case()
    {
        var outcome = CaseParser.Parse("[1, 2]", "c.json");
        Assert.Contains("one JSON object", Assert.Single(outcome.Errors).Reason);
    }
}
