using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CaseGraph.Api.Tests;

[Collection(ReadOnlyApiCollection.Name)]
public class CaseAndRecommendationApiTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task A_case_comes_with_its_recommendations_concepts_and_topics()
    {
        var c = await _client.GetFromJsonAsync<JsonElement>("/api/cases/case-o01");

        Assert.Equal("case-o01", c.GetProperty("id").GetString());
        Assert.Equal("case-o01-r1", c.GetProperty("recommendations")[0].GetProperty("id").GetString());
        var concepts = c.GetProperty("concepts").EnumerateArray().Select(x => x.GetProperty("id").GetString()).ToList();
        Assert.Contains("opioid-use-disorder", concepts);
        Assert.Contains("buprenorphine-naloxone", concepts);
        var topic = c.GetProperty("topics")[0];
        Assert.Equal("oud-treatment", topic.GetProperty("id").GetString());
        Assert.Equal("Medications for OUD", topic.GetProperty("name").GetString());
    }

    [Fact]
    public async Task An_unknown_case_is_a_404_problem()
    {
        var response = await _client.GetAsync("/api/cases/case-nope");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/cases/case-nope/similar")).StatusCode);
    }

    [Fact]
    public async Task Similar_cases_carry_shared_concepts_and_recommendations()
    {
        var body = await _client.GetFromJsonAsync<JsonElement>("/api/cases/case-t01/similar?limit=3");

        var similar = body.GetProperty("similar").EnumerateArray().ToList();
        Assert.InRange(similar.Count, 1, 3);
        var first = similar[0];
        Assert.Equal("case-t03", first.GetProperty("caseId").GetString());
        Assert.Contains(first.GetProperty("sharedConcepts").EnumerateArray(), x => x.GetProperty("id").GetString() == "oxycodone");
        Assert.NotEmpty(first.GetProperty("recommendations").EnumerateArray());
    }

    [Fact]
    public async Task Recommendations_by_brand_name_find_recommendations_naming_the_generic_or_brand()
    {
        var body = await _client.GetFromJsonAsync<JsonElement>("/api/recommendations?medication=Narcan");

        var ids = body.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()).Order();
        Assert.Equal(["case-o01-r1", "case-o04-r1", "case-t01-r1"], ids);
    }

    [Fact]
    public async Task A_misspelled_brand_reads_as_the_drug_it_is_one_letter_from_and_the_interpretation_says_which()
    {
        var body = await _client.GetFromJsonAsync<JsonElement>("/api/recommendations?medication=Narcann");

        var ids = body.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()).Order();
        Assert.Equal(["case-o01-r1", "case-o04-r1", "case-t01-r1"], ids);
        Assert.Contains(body.GetProperty("interpretation").GetProperty("concepts").EnumerateArray(), c => c.GetProperty("id").GetString() == "naloxone");
    }

    [Fact]
    public async Task Recommendations_by_class_and_condition_combine()
    {
        var body = await _client.GetFromJsonAsync<JsonElement>("/api/recommendations?medication=opioids&q=taper");
        Assert.Contains(body.GetProperty("hits").EnumerateArray(), h => h.GetProperty("id").GetString() == "case-t01-r1");
    }

    [Theory]
    [InlineData("/api/recommendations?medication=unobtainium", "medication")]
    [InlineData("/api/recommendations?condition=Suboxone", "condition")]
    [InlineData("/api/recommendations", "medication")]
    public async Task Unknown_or_missing_concepts_are_a_400_validation_problem(string url, string field)
    {
        await Problems.AssertValidationProblemAsync(await _client.GetAsync(url), field);
    }

    [Fact]
    public async Task Health_reports_indexing_topic_model_and_graph()
    {
        var health = await _client.GetFromJsonAsync<JsonElement>("/health");

        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.Equal("idle", health.GetProperty("indexing").GetProperty("state").GetString());
        Assert.Contains("12 added", health.GetProperty("indexing").GetProperty("lastRun").GetString());
        Assert.True(health.GetProperty("graph").GetProperty("edges").GetInt64() > 20);
        Assert.Contains("tapering", health.GetProperty("topicModel").GetProperty("trainedTopics").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public async Task OpenApi_document_describes_every_endpoint()
    {
        var doc = await _client.GetFromJsonAsync<JsonElement>("/swagger/v1/swagger.json");

        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var path in new[] { "/api/search", "/api/cases/{id}", "/api/cases/{id}/similar", "/api/recommendations", "/health" })
            Assert.Contains(path, paths);
    }

    [Fact]
    public async Task Similar_cases_to_a_new_case_text_come_with_reasons_and_what_was_read_from_the_text()
    {
        const string text = "A woman with chronic low back pain takes oxycodone 10 mg BID and Klonopin at night; she denies heroin. How should we taper?";

        var response = await _client.PostAsJsonAsync("/api/cases/similar", new { text, limit = 3 });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var concepts = body.GetProperty("concepts").EnumerateArray().Select(c => c.GetProperty("concept").GetProperty("id").GetString()).ToList();
        Assert.Contains("clonazepam", concepts);
        Assert.Equal(30, body.GetProperty("totalDailyMme").GetDouble());
        var similar = body.GetProperty("similar").EnumerateArray().ToList();
        Assert.InRange(similar.Count, 1, 3);
        Assert.Contains(similar[0].GetProperty("caseId").GetString(), new[] { "case-t01", "case-t03" });
        Assert.Contains(similar[0].GetProperty("sharedConcepts").EnumerateArray(), c => c.GetProperty("id").GetString() == "chronic-low-back-pain");
        Assert.NotEmpty(similar[0].GetProperty("recommendations").EnumerateArray());
        Assert.Contains("<mark>", similar[0].GetProperty("snippet").GetString());
    }

    [Fact]
    public async Task Similar_to_text_without_text_is_a_400_problem()
    {
        var response = await _client.PostAsJsonAsync("/api/cases/similar", new { text = "" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
