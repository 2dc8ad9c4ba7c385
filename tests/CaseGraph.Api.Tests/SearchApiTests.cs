using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CaseGraph.Api.Tests;

[Collection(ReadOnlyApiCollection.Name)]
public class SearchApiTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    private static string Url(string path, params (string Key, string Value)[] query) =>
        path + "?" + string.Join('&', query.Select(q => $"{q.Key}={Uri.EscapeDataString(q.Value)}"));

    [Fact]
    public async Task A_pasted_500_word_question_with_quotes_brackets_and_urls_is_answered()
    {
        var rambling = string.Join(' ', Enumerable.Repeat(
            "My dad (he's 74) has been on \"oxycodone 10mg\" for years [his doctor retired] and the new one says taper; " +
            "I read https://example.org/opioids?page=2 that stopping fast is dangerous, what should we ask about naloxone or buprenorphine?", 14));
        Assert.InRange(rambling.Split(' ').Length, 450, 600);
        using var response = await _client.GetAsync(Url("/api/search", ("q", rambling)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(body.GetProperty("total").GetInt32() > 0);
    }

    [Fact]
    public async Task Search_returns_hits_of_every_kind_with_snippets_scores_and_concepts()
    {
        var body = await _client.GetFromJsonAsync<JsonElement>(Url("/api/search", ("q", "buprenorphine"), ("limit", "20")));

        Assert.True(body.GetProperty("total").GetInt32() >= 5);
        var hits = body.GetProperty("hits").EnumerateArray().ToList();
        Assert.Equal(["case", "guideline", "recommendation"], hits.Select(h => h.GetProperty("kind").GetString()).Distinct().Order());
        var first = hits[0];
        foreach (var field in new[] { "id", "title", "snippet", "score", "concepts" }) Assert.True(first.TryGetProperty(field, out _), field);
        Assert.Contains(hits, h => h.GetProperty("snippet").GetString()!.Contains("<mark>"));
        Assert.Contains(hits.SelectMany(h => h.GetProperty("concepts").EnumerateArray()), c => c.GetProperty("id").GetString() == "buprenorphine");
    }

    [Fact]
    public async Task A_drug_class_query_finds_cases_naming_only_a_member_and_says_so()
    {
        var body = await _client.GetFromJsonAsync<JsonElement>(Url("/api/search", ("q", "benzos"), ("kind", "case")));

        var ids = body.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()).ToList();
        Assert.Contains("case-t01", ids); // names only Xanax
        var expanded = body.GetProperty("interpretation").GetProperty("expanded").EnumerateArray().Select(c => c.GetProperty("id").GetString());
        Assert.Contains("alprazolam", expanded);
    }

    [Theory]
    [InlineData("\"unbalanced quote")]
    [InlineData("((buprenorphine] [")]
    [InlineData("title: AND OR NOT *:* \\ {} ~2 ^")]
    [InlineData("bup/nx 16 mg: \"split dose")]
    public async Task Raw_text_in_the_default_mode_is_answered_not_rejected(string q)
    {
        var response = await _client.GetAsync(Url("/api/search", ("q", q)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(body.GetProperty("total").GetInt32() >= 0);
    }

    [Fact]
    public async Task Unparsable_lucene_syntax_is_a_400_problem_saying_where_it_failed()
    {
        var response = await _client.GetAsync(Url("/api/search", ("q", "title:(taper AND"), ("syntax", "lucene")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Invalid query", problem.GetProperty("title").GetString());
        Assert.Contains("column", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Valid_lucene_syntax_is_run_as_syntax()
    {
        var body = await _client.GetFromJsonAsync<JsonElement>(Url("/api/search", ("q", "title:methadone AND taper*"), ("syntax", "lucene"), ("kind", "case")));
        Assert.Equal(["case-t04"], body.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()));
    }

    [Theory]
    [InlineData("kind", "patient")]
    [InlineData("syntax", "regex")]
    [InlineData("limit", "1000")]
    [InlineData("limit", "abc")]
    [InlineData("offset", "-1")]
    public async Task Bad_parameters_are_a_400_problem(string name, string value)
    {
        var response = await _client.GetAsync(Url("/api/search", ("q", "taper"), (name, value)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Topic_filter_keeps_only_cases_with_that_topic()
    {
        var body = await _client.GetFromJsonAsync<JsonElement>(Url("/api/search", ("q", "methadone"), ("kind", "case"), ("topic", "tapering")));
        Assert.Equal(["case-t04"], body.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Paging_moves_through_the_same_ranking()
    {
        var all = await _client.GetFromJsonAsync<JsonElement>(Url("/api/search", ("q", "taper"), ("limit", "4")));
        var second = await _client.GetFromJsonAsync<JsonElement>(Url("/api/search", ("q", "taper"), ("limit", "2"), ("offset", "2")));

        var ids = all.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()).ToList();
        Assert.Equal(ids.Skip(2), second.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()));
    }
}
