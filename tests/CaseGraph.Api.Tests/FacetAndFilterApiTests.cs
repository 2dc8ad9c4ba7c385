using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CaseGraph.Api.Tests;

[Collection(ReadOnlyApiCollection.Name)]
public class FacetAndFilterApiTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<JsonElement> Get(string url) => await _client.GetFromJsonAsync<JsonElement>(url);

    private static List<string?> Ids(JsonElement body) => body.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()).Order().ToList();

    private static int Count(JsonElement body, string facet, string value) => body.GetProperty("facets").GetProperty(facet).EnumerateArray()
        .Where(v => v.GetProperty("value").GetString() == value).Select(v => v.GetProperty("count").GetInt32()).SingleOrDefault();

    [Fact]
    public async Task Search_counts_every_facet_over_all_matches()
    {
        var body = await Get("/api/search?q=oxycodone&limit=1");

        var total = body.GetProperty("total").GetInt32();
        Assert.Equal(total, body.GetProperty("facets").GetProperty("kind").EnumerateArray().Sum(v => v.GetProperty("count").GetInt32()));
        Assert.True(Count(body, "medication", "oxycodone") >= 3);
        Assert.True(Count(body, "drugClass", "opioids") >= Count(body, "medication", "oxycodone"));
        Assert.True(Count(body, "setting", "rural") >= 3);
        Assert.Equal("oxycodone", body.GetProperty("facets").GetProperty("medication").EnumerateArray()
            .Single(v => v.GetProperty("value").GetString() == "oxycodone").GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_drug_class_filter_keeps_documents_naming_any_member()
    {
        var body = await Get("/api/search?kind=case&drugClass=benzos&limit=50");
        Assert.Equal(["case-t01", "case-t03"], Ids(body)); // Xanax, clonazepam
    }

    [Theory]
    [InlineData("/api/search?kind=case&condition=OUD&limit=50", new[] { "case-o01", "case-o02", "case-o03", "case-o04" })]
    [InlineData("/api/search?kind=case&mmeBand=90%2B&limit=50", new[] { "case-o03", "case-t04" })]
    [InlineData("/api/search?kind=case&setting=urban&limit=50", new string[0])]
    [InlineData("/api/search?kind=case&from=2023-01&limit=50", new string[0])]
    [InlineData("/api/search?kind=case&intervention=taper&from=2022-01&to=2022-12&limit=50", new[] { "case-t02", "case-t04" })]
    public async Task Filters_narrow_the_results(string url, string[] expected)
    {
        Assert.Equal(expected, Ids(await Get(url)));
    }

    [Theory]
    [InlineData("/api/search?drugClass=oxycodone", "drugClass")]
    [InlineData("/api/search?condition=unobtainium", "condition")]
    [InlineData("/api/search?setting=moon", "setting")]
    [InlineData("/api/search?mmeBand=lots", "mmeBand")]
    [InlineData("/api/search?from=2022-13", "from")]
    public async Task Bad_filters_are_a_400_validation_problem(string url, string field)
    {
        await Problems.AssertValidationProblemAsync(await _client.GetAsync(url), field);
    }

    [Fact]
    public async Task Recommendations_come_with_the_guideline_passages_on_the_same_concepts()
    {
        var body = await Get("/api/recommendations?medication=methadone");

        Assert.Contains(body.GetProperty("hits").EnumerateArray(), h => h.GetProperty("id").GetString() == "case-t04-r1");
        Assert.Contains(body.GetProperty("guidelines").EnumerateArray(), g => g.GetProperty("id").GetString() == "g-bup");
        Assert.All(body.GetProperty("guidelines").EnumerateArray(), g => Assert.Equal("guideline", g.GetProperty("kind").GetString()));
    }
}
