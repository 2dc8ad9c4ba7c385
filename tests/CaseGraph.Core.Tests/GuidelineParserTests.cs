using CaseGraph.Core.Corpus;

namespace CaseGraph.Core.Tests;

public class GuidelineParserTests
{
    [Fact]
    public void Bad_lines_are_reported_and_skipped_while_good_lines_are_kept()
    {
        var jsonl = string.Join("\n",
            """{"id": "p1", "title": "T1", "text": "Offer naloxone.", "source": "S", "section": "A", "extra": 1}""",
            "",
            """{"id": "p2", "title": "T2", "text": "missing source", "section": "B"}""",
            """{"id": "p3", "title": "T3", "text": "broken""",
            """{"id": "p4", "title": "T4", "text": "Taper slowly.", "source": "S", "section": "C"}""");

        var (passages, errors) = GuidelineParser.Parse(jsonl, "guidelines/g.jsonl");

        Assert.Equal(["p1", "p4"], passages.Select(p => p.Id));
        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e.Line == 3 && e.Reason.Contains("'source'"));
        Assert.Contains(errors, e => e.Line == 4 && e.Reason.StartsWith("invalid JSON"));
        Assert.All(errors, e => Assert.Equal("guidelines/g.jsonl", e.Path));
    }

    [Fact]
    public void Citation_fields_are_read_when_given_and_absent_when_not()
    {
        var jsonl = string.Join("\n",
            """{"id": "c1", "title": "T", "text": "X.", "source": "CDC", "section": "R1", "url": "https://www.cdc.gov/mmwr/volumes/71/rr/rr7103a1.htm", "published": "2022-11-04", "grade": " Category A; evidence type 4 "}""",
            """{"id": "c2", "title": "T", "text": "Y.", "source": "HHS", "section": "S", "published": "2019-10"}""",
            """{"id": "c3", "title": "T", "text": "Z.", "source": "S", "section": "S"}""");

        var (passages, errors) = GuidelineParser.Parse(jsonl, "guidelines/g.jsonl");

        Assert.Empty(errors);
        Assert.Equal(("https://www.cdc.gov/mmwr/volumes/71/rr/rr7103a1.htm", "2022-11-04", "Category A; evidence type 4"),
            (passages[0].Url, passages[0].Published, passages[0].Grade));
        Assert.Equal((null, "2019-10", null), (passages[1].Url, passages[1].Published, passages[1].Grade));
        Assert.Equal((null, null, null), (passages[2].Url, passages[2].Published, passages[2].Grade));
    }

    [Theory]
    [InlineData("\"url\": \"javascript:alert(1)\"", "'url' must be an absolute http or https address")]
    [InlineData("\"url\": \"/mmwr/rr7103a1.htm\"", "'url' must be an absolute http or https address")]
    [InlineData("\"url\": \"ftp://example.org/a\"", "'url' must be an absolute http or https address")]
    [InlineData("\"url\": 42", "'url' must be a string")]
    [InlineData("\"published\": \"2022-13-01\"", "'published' must be a date like 2022-11-04 or a month like 2022-11")]
    [InlineData("\"published\": \"2022-02-30\"", "'published' must be a date like 2022-11-04 or a month like 2022-11")]
    [InlineData("\"published\": \"Nov 2022\"", "'published' must be a date like 2022-11-04 or a month like 2022-11")]
    public void A_bad_citation_field_is_reported_with_file_and_line_and_the_passage_skipped(string field, string reason)
    {
        var jsonl = "{\"id\": \"ok\", \"title\": \"T\", \"text\": \"X.\", \"source\": \"S\", \"section\": \"A\"}\n" +
            $"{{\"id\": \"bad\", \"title\": \"T\", \"text\": \"X.\", \"source\": \"S\", \"section\": \"A\", {field}}}";

        var (passages, errors) = GuidelineParser.Parse(jsonl, "guidelines/g.jsonl");

        Assert.Equal(["ok"], passages.Select(p => p.Id));
        var error = Assert.Single(errors);
        Assert.Equal(("guidelines/g.jsonl", 2), (error.Path, error.Line));
        Assert.Contains(reason, error.Reason);
    }

    [Fact]
    public void A_grade_longer_than_the_limit_is_reported()
    {
        var grade = new string('A', CitationFields.MaxGradeLength + 1);
        var line = $"{{\"id\": \"g\", \"title\": \"T\", \"text\": \"X.\", \"source\": \"S\", \"section\": \"A\", \"grade\": \"{grade}\"}}";

        var (passages, errors) = GuidelineParser.Parse(line, "guidelines/g.jsonl");

        Assert.Empty(passages);
        Assert.Contains($"at most {CitationFields.MaxGradeLength} characters", Assert.Single(errors).Reason);
    }
}
