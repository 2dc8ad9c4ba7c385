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
}
