using System.Net.Http.Json;
using System.Text.Json;
using CaseGraph.Core.Search;

namespace CaseGraph.Api.Tests;

[Collection(ReadOnlyApiCollection.Name)]
public class ConceptTrendsApiTests(ApiFactory factory)
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
        Assert.Equal($"# {CellRounding.Description}\nperiod,series,count,share,period_cases\n2022-05,opioid-use-disorder,suppressed,suppressed,suppressed\n", csv);

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
        await Problems.AssertValidationProblemAsync(await _client.GetAsync("/api/concepts/trends?" + query), field);
    }
}
