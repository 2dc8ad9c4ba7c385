using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CaseGraph.Api.Tests;

/// <summary>Request records, one exception mapping and one validation path, seen from outside: the public contract is unchanged.</summary>
public class ApiIdiomsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.Client();

    public static TheoryData<string, string[]> QueryParameters => new()
    {
        { "/api/search", ["q", "kind", "topic", "syntax", "limit", "offset", "minMme", "maxMme", "annotation", "condition", "medication", "drugClass",
            "intervention", "mmeBand", "setting", "from", "to", "sort"] },
        { "/api/search.csv", ["q", "kind", "topic", "syntax", "limit", "offset", "minMme", "maxMme", "annotation", "condition", "medication", "drugClass",
            "intervention", "mmeBand", "setting", "from", "to", "sort"] },
        { "/api/recommendations", ["medication", "condition", "q", "limit", "offset"] },
        { "/api/topics/trends", ["interval", "from", "to", "topic", "setting", "format"] },
        { "/api/concepts/trends", ["concepts", "interval", "from", "to", "format"] },
        { "/api/topics/discovered", ["themes", "words"] },
        { "/api/concepts", ["q", "limit"] },
        { "/api/audit", ["day", "caller", "limit", "offset"] },
        { "/api/cases/{id}/similar", ["limit"] },
    };

    [Theory]
    [MemberData(nameof(QueryParameters))]
    public async Task The_OpenAPI_document_keeps_the_public_query_parameter_names(string path, string[] expected)
    {
        var doc = await _client.GetFromJsonAsync<JsonElement>("/swagger/v1/swagger.json");

        var parameters = doc.GetProperty("paths").GetProperty(path).GetProperty("get").GetProperty("parameters").EnumerateArray().ToList();
        Assert.Equal(expected.Order(StringComparer.Ordinal),
            parameters.Where(p => p.GetProperty("in").GetString() == "query").Select(p => p.GetProperty("name").GetString()).Order(StringComparer.Ordinal));
        Assert.All(parameters.Where(p => p.GetProperty("in").GetString() == "query"),
            p => Assert.False(p.TryGetProperty("required", out var required) && required.GetBoolean(), p.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task A_record_s_parameters_bind_from_their_public_names()
    {
        var body = await _client.GetFromJsonAsync<JsonElement>("/api/search?q=taper&kind=case&drugClass=benzos&limit=2&offset=0");

        Assert.Equal(2, body.GetProperty("limit").GetInt32());
        Assert.All(body.GetProperty("hits").EnumerateArray(), h => Assert.Equal("case", h.GetProperty("kind").GetString()));
    }

    [Theory]
    [InlineData("/api/search?condition=", "condition")]
    [InlineData("/api/search?medication=", "medication")]
    [InlineData("/api/recommendations?condition=", "condition")]
    public async Task A_concept_filter_that_names_no_concept_is_refused_without_repeating_what_was_typed(string prefix, string parameter)
    {
        const string typed = "Marisol Quenby 1958";
        var response = await _client.GetAsync(prefix + Uri.EscapeDataString(typed));

        await Problems.AssertValidationProblemAsync(response, parameter);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Marisol", body);
        Assert.Contains("is not a known", body);
    }

    [Fact]
    public async Task An_unparsable_query_is_one_400_problem_and_is_audited_as_400_not_500()
    {
        // Lucene syntax only: the default syntax answers any text, a long one as its rarest words.
        var tooManyTerms = string.Join(" OR ", Enumerable.Range(0, 150).Select(i => "w" + i));
        var responses = new[]
        {
            await _client.GetAsync("/api/search?syntax=lucene&q=" + Uri.EscapeDataString("title:(taper AND")),
            await _client.GetAsync("/api/search?syntax=lucene&q=" + Uri.EscapeDataString(tooManyTerms)),
        };
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/api/recommendations?medication=oxycodone&q=" + Uri.EscapeDataString(tooManyTerms))).StatusCode);

        foreach (var response in responses)
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("Invalid query", problem.GetProperty("title").GetString());
            Assert.Equal(400, problem.GetProperty("status").GetInt32());
            Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        }

        var audit = await _client.GetFromJsonAsync<JsonElement>("/api/audit?limit=100");
        var statuses = audit.GetProperty("entries").EnumerateArray()
            .ToDictionary(e => e.GetProperty("requestId").GetString()!, e => e.GetProperty("status").GetInt32());
        foreach (var response in responses) Assert.Equal(400, statuses[Assert.Single(response.Headers.GetValues("X-Request-Id"))]);
    }
}
