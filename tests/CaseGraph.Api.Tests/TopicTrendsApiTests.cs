using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaseGraph.Core.Search;

namespace CaseGraph.Api.Tests;

[Collection(ReadOnlyApiCollection.Name)]
public class TopicTrendsApiTests(ApiFactory factory)
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
        Assert.Equal($"# {CellRounding.Description}\nperiod,series,count,share,period_cases\n2022-05,tapering,suppressed,suppressed,suppressed\n", csv);
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
    [InlineData("from=20%D9%A2%D9%A2-01", "from")] // Arabic-Indic digits match \d but are no year
    [InlineData("interval=quarter&to=2022-05", "to")]
    public async Task Bad_parameters_are_a_400_validation_problem(string query, string field)
    {
        await Problems.AssertValidationProblemAsync(await _client.GetAsync("/api/topics/trends?" + query), field);
    }
}
