using CaseGraph.Api.Auditing;
using CaseGraph.Api.Cases;
using CaseGraph.Api.Concepts;
using CaseGraph.Api.Contracts;
using CaseGraph.Api.Recommendations;
using CaseGraph.Api.Search;
using CaseGraph.Api.Topics;
using CaseGraph.Core.Model;
using CaseGraph.Core.Search;
using CaseGraph.Tests.Shared;

namespace CaseGraph.Api.Tests;

/// <summary>The request records check themselves (pure: no host, no index): errors under the public parameter names.</summary>
public class RequestRecordTests
{
    private static readonly CaseGraph.Core.Concepts.Vocabulary Vocabulary = TestCorpus.BuildVocabulary();

    [Fact]
    public void A_search_with_every_parameter_wrong_names_each_parameter_once()
    {
        var request = new SearchRequest(Q: new string('a', Paging.MaxQueryLength + 1), Kind: "patient", Syntax: "regex", Limit: 0, Offset: -1,
            MinMme: 90, MaxMme: 50, Condition: "Xanax", Medication: "no-such-drug", DrugClass: "oxycodone", Intervention: "OUD",
            MmeBand: "200+", Setting: "moon-base", From: "2022-13", To: "2022-3");

        var errors = request.Validate(Vocabulary);

        Assert.Equal(["limit", "offset", "kind", "syntax", "minMme", "condition", "medication", "drugClass", "intervention", "mmeBand", "setting",
            "from", "to", "q"], errors.Keys);
        Assert.Equal("limit must be between 1 and 100", Assert.Single(errors["limit"]));
        Assert.Equal($"q may be at most {Paging.MaxQueryLength} characters", Assert.Single(errors["q"]));
    }

    [Fact]
    public void A_valid_search_turns_names_brands_and_abbreviations_into_concept_filters()
    {
        var request = new SearchRequest(Q: "taper", Kind: "case", Syntax: "LUCENE", Condition: "OUD", Medication: "Suboxone", DrugClass: "benzos",
            MmeBand: "90+", From: "2022-01", Limit: 5, Offset: 10);

        Assert.Empty(request.Validate(Vocabulary));
        var filters = request.Filters(Vocabulary);
        Assert.Equal(DocumentKind.Case, filters.Kind);
        Assert.Equal("opioid-use-disorder", filters.FacetValues![Facets.Condition]);
        Assert.Equal("buprenorphine-naloxone", filters.FacetValues[Facets.Medication]);
        Assert.Equal("benzodiazepines", filters.FacetValues[Facets.DrugClass]);
        Assert.Equal("90+", filters.FacetValues[Facets.MmeBand]);
        Assert.Equal(QuerySyntax.Lucene, request.ParsedSyntax());
        Assert.Equal((5, 10), request.Page());
        Assert.Equal((Paging.DefaultLimit, 0), new SearchRequest().Page());
    }

    [Fact]
    public void Recommendations_need_a_medication_a_condition_or_text_and_take_a_drug_class_as_medication()
    {
        Assert.Equal(["medication"], new RecommendationsRequest(Q: "  ").Validate(Vocabulary).Keys);
        Assert.Equal(["condition"], new RecommendationsRequest(Condition: "Klonopin").Validate(Vocabulary).Keys);

        var request = new RecommendationsRequest(Medication: "benzos", Condition: "chronic LBP");
        Assert.Empty(request.Validate(Vocabulary));
        var (medication, condition) = request.Concepts(Vocabulary);
        Assert.Equal(("benzodiazepines", "chronic-low-back-pain"), (medication?.Id, condition?.Id));
    }

    [Fact]
    public void Trend_requests_refuse_unknown_topics_and_concepts_without_repeating_them()
    {
        var topics = new Dictionary<string, string> { ["tapering"] = "Opioid tapering" };
        Assert.Empty(new TopicTrendsRequest(Topic: "tapering", Interval: "quarter", From: "2022-01", To: "2022-12").Validate(topics));
        var topicErrors = new TopicTrendsRequest(Topic: "Jane Roe", Interval: "week", Format: "xml").Validate(topics);
        Assert.Equal(["interval", "format", "topic"], topicErrors.Keys);
        Assert.DoesNotContain("Jane", string.Concat(topicErrors.Values.SelectMany(v => v)));

        var conceptErrors = new ConceptTrendsRequest(Concepts: "oxycodone,John Q Public").Validate(Vocabulary);
        var message = Assert.Single(conceptErrors["concepts"]);
        Assert.StartsWith("concept 2 of the list is not a known concept", message);
        Assert.DoesNotContain("John", message);
        Assert.Equal(["oxycodone", "benzodiazepines"],
            new ConceptTrendsRequest(Concepts: "OxyContin, benzos, oxycodone").Resolve(Vocabulary).Select(c => c.Id));
        Assert.Contains("1 to 5", Assert.Single(new ConceptTrendsRequest(Concepts: "oxycodone,methadone,Xanax,Klonopin,Narcan,gabapentin").Validate(Vocabulary)["concepts"]));
    }

    [Fact]
    public void Ranges_pages_days_and_texts_are_checked_by_the_same_rules_everywhere()
    {
        Assert.Equal(["themes", "words"], new DiscoveredThemesRequest(Themes: 1, Words: 99).Validate().Keys);
        Assert.Equal("limit must be between 1 and 50", Assert.Single(new SimilarCasesRequest("case-1", 51).Validate()["limit"]));
        Assert.Equal(["text", "limit"], new SimilarToTextRequest("", 0).Validate().Keys);
        Assert.Equal(["q"], new ConceptSuggestRequest(Q: " ").Validate().Keys);
        Assert.Equal(["text"], new ExtractRequest(new string('x', FilterValidation.MaxTextLength + 1)).Validate().Keys);
        Assert.Empty(new CaseGraph.Api.Privacy.PhiScanRequest("").Validate());

        var audit = new AuditRequest(Day: "06/12/2026", Limit: 101);
        Assert.Equal(["limit", "day"], audit.Validate().Keys);
        var today = new DateOnly(2026, 12, 6);
        Assert.Equal(today, new AuditRequest().Date(today));
        Assert.Equal(new DateOnly(2026, 11, 30), new AuditRequest(Day: "2026-11-30").Date(today));
    }
}
