using System.Text.RegularExpressions;
using CaseGraph.Core.Enrichment;
using CaseGraph.Core.Graph;
using CaseGraph.Core.Model;
using CaseGraph.Core.Topics;
using CaseGraph.Indexing.Corpus;
using CaseGraph.Indexing.Hosting;

namespace CaseGraph.Indexing.Tests;

/// <summary>The corpus shipped in corpus/ must read cleanly and be large enough to be useful.</summary>
public class BundledCorpusTests
{
    private static readonly CorpusSnapshot Bundled = CorpusReader.Read(RepositoryPaths.Default("corpus"));

    [Fact]
    public void Reads_without_a_single_problem() => Assert.Empty(Bundled.Errors);

    [Fact]
    public void Holds_enough_cases_passages_and_concepts()
    {
        Assert.True(Bundled.Cases.Count >= 20, $"{Bundled.Cases.Count} cases");
        Assert.True(Bundled.Passages.Count >= 24, $"{Bundled.Passages.Count} passages");
        Assert.True(Bundled.Vocabulary.Concepts.Count >= 80, $"{Bundled.Vocabulary.Concepts.Count} concepts");
        foreach (var kind in Enum.GetValues<ConceptKind>()) Assert.Contains(Bundled.Vocabulary.Concepts, c => c.Kind == kind);
    }

    [Fact]
    public void Every_case_names_at_least_one_vocabulary_concept()
    {
        var matcher = Bundled.Vocabulary.Matcher;
        Assert.All(Bundled.Cases, c => Assert.NotEmpty(matcher.Match(c.Item.SearchText)));
    }

    [Fact]
    public void Every_case_links_to_a_condition_and_to_a_medication_or_intervention()
    {
        var enricher = new Enricher(Bundled.Vocabulary, NoTopicTagger.Instance);
        var unlinked = Bundled.Cases.Select(c => GraphFragments.ForCase(enricher.Enrich(c.Item), Bundled.Vocabulary))
            .Where(f => !f.Edges.Any(e => e.Type == EdgeTypes.HasCondition)
                        || !f.Edges.Any(e => e.Type == EdgeTypes.Takes || (e.Type == EdgeTypes.Mentions
                            && Bundled.Vocabulary.Find(e.To)?.Kind == ConceptKind.Intervention)))
            .Select(f => $"{f.Owner} ({string.Join(", ", f.Edges.Where(e => e.From == f.Owner && e.Type != EdgeTypes.Received).Select(e => e.To))})").ToList();
        Assert.True(unlinked.Count == 0, $"{unlinked.Count} cases lack a link: {string.Join("; ", unlinked)}");
    }

    /// <summary>Identifier patterns no de-identified text may hold (a coarse guard; the PHI gate of issue 7 goes further).</summary>
    public static TheoryData<string, string> IdentifierPatterns => new()
    {
        { "phone", @"\(?\b\d{3}\)?[-. ]\d{3}[-. ]\d{4}\b" },
        { "email", @"[\w.+-]+@[\w-]+\.[\w.]+" },
        { "SSN", @"\b\d{3}-\d{2}-\d{4}\b" },
        { "numeric date", @"(?<![\d.])\d{1,2}/\d{1,2}(/\d{2,4})?(?![\d.])(?!\s*(to\s+\d{1,2}/\d{1,2}\s*)?(mg|mcg)\b)" },
        { "ISO date", @"\b(19|20)\d\d-\d\d-\d\d\b" },
        { "written date", @"\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.? \d{1,2}(st|nd|rd|th)?\b" },
        { "street address", @"\b\d{1,5} [A-Z][a-z]+ (Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Dr|Boulevard|Blvd|Court|Ct)\b" },
        { "ZIP code", @"\b\d{5}(-\d{4})?\b" },
        { "record number", @"\b(MRN|medical record|account|acct|member id|policy)\s*(number|no\.?|#)?\s*:?\s*\d" },
        { "URL", @"https?://|www\." },
        { "IP address", @"\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b" },
        { "age over 89", @"\b(9\d|1[01]\d)[- ](year|yo\b)" },
    };

    [Theory]
    [MemberData(nameof(IdentifierPatterns))]
    public void No_case_or_passage_holds_an_identifier_pattern(string kind, string pattern)
    {
        var regex = new Regex(pattern, RegexOptions.IgnoreCase);
        var texts = Bundled.Cases.Select(c => (c.Path, Text: string.Join("\n", c.Item.SearchText, string.Join("\n", c.Item.Recommendations.Select(r => r.Text)))))
            .Concat(Bundled.Passages.Select(p => (p.Path, Text: p.Item.Title + "\n" + p.Item.Text)));
        var hits = texts.Where(t => regex.IsMatch(t.Text)).Select(t => $"{t.Path}: '{regex.Match(t.Text).Value}'").ToList();
        Assert.True(hits.Count == 0, $"{kind} pattern found in: {string.Join("; ", hits)}");
    }

    [Theory]
    [InlineData("phone", "call back at 555-867-5309")]
    [InlineData("email", "wrote to j.doe@example.org")]
    [InlineData("SSN", "SSN 123-45-6789")]
    [InlineData("numeric date", "seen on 3/14 in clinic")]
    [InlineData("ISO date", "admitted 2021-03-14")]
    [InlineData("written date", "since March 14th")]
    [InlineData("street address", "lives at 12 Oak Street")]
    [InlineData("ZIP code", "ZIP 97201")]
    [InlineData("record number", "MRN: 4471")]
    [InlineData("URL", "see www.example.org")]
    [InlineData("IP address", "from 10.20.30.40")]
    [InlineData("age over 89", "a 92-year-old man")]
    public void Each_identifier_pattern_catches_what_it_is_for(string kind, string sample)
    {
        var pattern = (string)IdentifierPatterns.Single(row => (string)row[0] == kind)[1];
        Assert.Matches(new Regex(pattern, RegexOptions.IgnoreCase), sample);
    }
}
