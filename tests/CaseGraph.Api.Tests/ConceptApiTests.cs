using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CaseGraph.Api.Tests;

[Collection(ReadOnlyApiCollection.Name)]
public class ConceptApiTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Extract_returns_spans_context_triggers_doses_and_total_mme()
    {
        const string text = "Denies Xanax use. Takes oxycodone 10 mg q6h and methadone 10 mg TID. Her mother has OUD.";

        var response = await _client.PostAsJsonAsync("/api/concepts/extract", new { text });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var concepts = body.GetProperty("concepts").EnumerateArray().ToList();
        var xanax = concepts.Single(c => c.GetProperty("id").GetString() == "alprazolam");
        Assert.Equal("negated", xanax.GetProperty("context").GetString());
        Assert.Equal("Denies", xanax.GetProperty("trigger").GetString());
        Assert.Equal("Xanax", text[xanax.GetProperty("start").GetInt32()..xanax.GetProperty("end").GetInt32()]);
        Assert.Equal("other", concepts.Single(c => c.GetProperty("id").GetString() == "opioid-use-disorder").GetProperty("context").GetString());

        var doses = body.GetProperty("doses").EnumerateArray().ToDictionary(d => d.GetProperty("id").GetString()!, d => d.GetProperty("dailyMme").GetDouble());
        Assert.Equal(60, doses["oxycodone"]);
        Assert.Equal(141, doses["methadone"]);
        Assert.Equal(201, body.GetProperty("totalDailyMme").GetDouble());
        Assert.Equal("90+", body.GetProperty("mmeBand").GetString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Extract_without_text_is_a_400_problem(string text)
    {
        var response = await _client.PostAsJsonAsync("/api/concepts/extract", new { text });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Extract_with_a_malformed_body_is_a_400_problem()
    {
        var response = await _client.PostAsync("/api/concepts/extract", new StringContent("{\"text\": ", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("subox", "buprenorphine-naloxone")]
    [InlineData("Xan", "alprazolam")]
    [InlineData("benz", "benzodiazepines")]
    [InlineData("oud", "opioid-use-disorder")]
    public async Task Suggest_normalises_brands_abbreviations_and_prefixes(string q, string id)
    {
        var suggestions = await _client.GetFromJsonAsync<JsonElement>($"/api/concepts?q={q}");
        Assert.Equal(id, suggestions[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Mme_is_stored_on_the_case_and_filterable()
    {
        var methadone = await _client.GetFromJsonAsync<JsonElement>("/api/cases/case-t04");
        Assert.Equal(94, methadone.GetProperty("dailyMme").GetDouble()); // methadone 10 mg BID x 4.7
        Assert.Equal("90+", methadone.GetProperty("mmeBand").GetString());

        var high = await _client.GetFromJsonAsync<JsonElement>("/api/search?kind=case&minMme=90&limit=50");
        Assert.Equal(["case-o03", "case-t04"], high.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()).Order());
    }

    [Fact]
    public async Task Concepts_that_are_not_affirmed_are_kept_as_annotations_not_links()
    {
        var c = await _client.GetFromJsonAsync<JsonElement>("/api/cases/case-t01");

        var annotations = c.GetProperty("annotations").EnumerateArray()
            .Select(a => (a.GetProperty("context").GetString(), a.GetProperty("concept").GetProperty("id").GetString())).ToList();
        Assert.Contains(("hypothetical", "tapering"), annotations);
        Assert.DoesNotContain(c.GetProperty("concepts").EnumerateArray(), x => x.GetProperty("id").GetString() == "tapering");
    }

    [Fact]
    public async Task Annotations_are_searchable_as_such()
    {
        var body = await _client.GetFromJsonAsync<JsonElement>("/api/search?kind=case&annotation=hypothetical:tapering&limit=50");
        var ids = body.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()).ToList();
        Assert.Contains("case-t01", ids);
        Assert.DoesNotContain("case-o01", ids);
    }
}
