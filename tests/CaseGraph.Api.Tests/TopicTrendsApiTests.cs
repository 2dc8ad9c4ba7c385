using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CaseGraph.Api.Tests;

public class TopicTrendsApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Trends_list_every_topic_per_period_and_suppress_small_counts()
    {
        var body = await _client.GetFromJsonAsync<JsonElement>("/api/topics/trends?interval=quarter");

        Assert.Equal("quarter", body.GetProperty("interval").GetString());
        Assert.Equal(10, body.GetProperty("smallCellThreshold").GetInt32());
        Assert.Equal(["2022-Q2"], body.GetProperty("periods").EnumerateArray().Select(p => p.GetProperty("period").GetString()));
        var cells = body.GetProperty("cells").EnumerateArray().ToList();
        Assert.Equal(3, cells.Count); // tapering, oud-treatment, pregnancy
        // 4 tapering and 4 OUD cases of 8: every count is 1-10, so nothing is shown
        Assert.All(cells.Where(c => c.GetProperty("series").GetString() != "pregnancy"), c =>
        {
            Assert.True(c.GetProperty("suppressed").GetBoolean());
            Assert.Equal(JsonValueKind.Null, c.GetProperty("count").ValueKind);
        });
    }

    [Fact]
    public async Task Csv_export_carries_no_suppressed_number()
    {
        var response = await _client.GetAsync("/api/topics/trends?format=csv&topic=tapering");

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var csv = await response.Content.ReadAsStringAsync();
        Assert.Equal("period,series,count,share,period_cases\n2022-05,tapering,suppressed,suppressed,suppressed\n", csv);
    }

    [Fact]
    public async Task The_chart_is_an_svg_image()
    {
        var response = await _client.GetAsync("/api/topics/trends?format=svg&interval=year");

        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("<svg", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("interval=week", "interval")]
    [InlineData("topic=astrology", "topic")]
    [InlineData("format=xml", "format")]
    [InlineData("from=22-01", "from")]
    public async Task Bad_parameters_are_a_400_validation_problem(string query, string field)
    {
        var response = await _client.GetAsync("/api/topics/trends?" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _));
    }
}

public class ConceptTrendsApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Concept_trends_have_a_series_per_concept_and_one_for_both_in_the_topic_trend_shape()
    {
        var body = await _client.GetFromJsonAsync<JsonElement>("/api/concepts/trends?concepts=Xanax,OUD&interval=year");

        Assert.Equal(["alprazolam", "opioid-use-disorder", "alprazolam+opioid-use-disorder"],
            body.GetProperty("series").EnumerateArray().Select(s => s.GetProperty("id").GetString()));
        Assert.Equal("alprazolam + opioid use disorder", body.GetProperty("series")[2].GetProperty("name").GetString());
        Assert.Equal(["2022"], body.GetProperty("periods").EnumerateArray().Select(p => p.GetProperty("period").GetString()));
        var cells = body.GetProperty("cells").EnumerateArray().ToList();
        Assert.Equal(3, cells.Count);
        Assert.All(cells, c => Assert.True(c.GetProperty("suppressed").GetBoolean())); // 8 cases: the whole period is small
    }

    [Fact]
    public async Task Concept_trends_export_as_csv_and_svg()
    {
        var csv = await _client.GetStringAsync("/api/concepts/trends?concepts=OUD&format=csv");
        Assert.Equal("period,series,count,share,period_cases\n2022-05,opioid-use-disorder,suppressed,suppressed,suppressed\n", csv);

        var svg = await _client.GetAsync("/api/concepts/trends?concepts=OUD,benzodiazepines&format=svg");
        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Case shares by concept", await svg.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("", "concepts")]
    [InlineData("concepts=astrology", "concepts")]
    [InlineData("concepts=a,b,c,d,e,f", "concepts")]
    [InlineData("concepts=OUD&interval=week", "interval")]
    [InlineData("concepts=OUD&to=2022-13", "to")]
    public async Task Bad_concept_trend_parameters_are_a_400_validation_problem(string query, string field)
    {
        var response = await _client.GetAsync("/api/concepts/trends?" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _));
    }
}

public class DiscoveredThemesApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Lda_themes_list_their_top_words_and_repeat_for_the_same_cases()
    {
        var first = await _client.GetFromJsonAsync<JsonElement>("/api/topics/discovered?themes=2&words=4");
        var again = await _client.GetFromJsonAsync<JsonElement>("/api/topics/discovered?themes=2&words=4");

        Assert.Equal(CaseGraph.Tests.Shared.TestCorpus.Cases.Count, first.GetProperty("casesRead").GetInt32());
        var themes = first.GetProperty("themes").EnumerateArray().ToList();
        Assert.Equal(2, themes.Count);
        Assert.All(themes, t => Assert.Equal(4, t.GetProperty("topWords").GetArrayLength()));
        Assert.Equal(first.GetRawText(), again.GetRawText());
    }

    [Theory]
    [InlineData("themes=1", "themes")]
    [InlineData("themes=50", "themes")]
    [InlineData("words=0", "words")]
    public async Task Out_of_range_parameters_are_a_400(string query, string field)
    {
        var response = await _client.GetAsync("/api/topics/discovered?" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _));
    }
}
