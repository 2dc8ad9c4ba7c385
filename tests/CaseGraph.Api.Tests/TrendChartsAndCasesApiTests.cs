using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaseGraph.Core.Access;
using SkiaSharp;

namespace CaseGraph.Api.Tests;

/// <summary>
/// Trend answers over a generated archive (1,500 cases) on Kestrel: the suppression summary, the PNG chart, and the
/// drill-down to the cases behind a shown cell, which only faculty may call.
/// </summary>
[Collection(GeneratedKestrelCollection.Name)]
public class TrendChartsAndCasesApiTests(GeneratedKestrelFactory factory)
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Theory]
    [InlineData("/api/topics/trends?interval=quarter&format=png")]
    [InlineData("/api/concepts/trends?concepts=fentanyl,xylazine&interval=year&format=png")]
    [InlineData("/api/topics/trends?interval=month&from=2019-01&to=2019-01&format=png")] // every cell hidden: the chart says so
    public async Task The_png_chart_is_a_real_png_of_sane_size(string path)
    {
        using var client = factory.Client(SecuredApiFactory.ResearcherKey);
        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(PngSignature, bytes[..8]);
        using var image = SKBitmap.Decode(bytes);
        Assert.NotNull(image);
        Assert.Equal((1040, 480), (image.Width, image.Height));
        var colours = Enumerable.Range(0, 200).Select(i => image.GetPixel(i * 5 % image.Width, i * 37 % image.Height)).Distinct().Count();
        Assert.True(colours > 1, "the image is not blank");
    }

    [Theory]
    [InlineData("/api/topics/trends?interval=month", "quarter")]
    [InlineData("/api/topics/trends?interval=year", null)]
    [InlineData("/api/concepts/trends?concepts=fentanyl,xylazine&interval=month", "quarter")]
    public async Task Every_answer_counts_its_hidden_cells_says_why_and_suggests_a_coarser_interval_when_most_are_hidden(string path, string? suggested)
    {
        using var client = factory.Client(SecuredApiFactory.ResearcherKey);
        var body = await client.GetFromJsonAsync<JsonElement>(path);

        var cells = body.GetProperty("cells").EnumerateArray().ToList();
        var suppression = body.GetProperty("suppression");
        Assert.Equal(cells.Count, suppression.GetProperty("cells").GetInt32());
        Assert.Equal(cells.Count(c => c.GetProperty("suppressed").GetBoolean()), suppression.GetProperty("suppressed").GetInt32());
        Assert.Contains("fewer than 11 cases", suppression.GetProperty("reason").GetString());
        Assert.Contains("no one case can be singled out", suppression.GetProperty("reason").GetString());
        Assert.Equal(suggested, suppression.GetProperty("suggestedInterval").GetString());
    }

    [Fact]
    public async Task By_quarter_a_generated_archive_shows_cells()
    {
        using var client = factory.Client(SecuredApiFactory.ResearcherKey);
        var body = await client.GetFromJsonAsync<JsonElement>("/api/topics/trends?interval=quarter");

        Assert.Contains(body.GetProperty("cells").EnumerateArray(), c => !c.GetProperty("suppressed").GetBoolean() && c.GetProperty("count").GetInt32() > 10);
    }

    [Fact]
    public async Task Faculty_get_the_cases_behind_a_shown_topic_cell()
    {
        using var client = factory.Client(SecuredApiFactory.FacultyKey);
        var cell = await FirstShownCellAsync(client, "/api/topics/trends?interval=year&setting=rural");

        var list = await client.GetFromJsonAsync<JsonElement>($"/api/topics/trends/cases?topic={cell.Series}&period={cell.Period}&setting=rural");

        AssertListMatches(list, cell);
    }

    [Fact]
    public async Task Faculty_get_the_cases_behind_a_shown_concept_cell()
    {
        using var client = factory.Client(SecuredApiFactory.FacultyKey);
        var cell = await FirstShownCellAsync(client, "/api/concepts/trends?concepts=fentanyl,xylazine&interval=year");

        var list = await client.GetFromJsonAsync<JsonElement>($"/api/concepts/trends/cases?concepts=fentanyl,xylazine&series={cell.Series}&period={cell.Period}");

        AssertListMatches(list, cell);
        var first = list.GetProperty("cases")[0].GetProperty("caseId").GetString();
        var record = await client.GetFromJsonAsync<JsonElement>($"/api/cases/{first}");
        Assert.StartsWith(cell.Period, record.GetProperty("presented").GetString());
        Assert.Contains(record.GetProperty("concepts").EnumerateArray(), c => c.GetProperty("id").GetString() == cell.Series);
    }

    [Theory]
    [InlineData(Role.Researcher)]
    [InlineData(Role.Clinician)]
    public async Task Other_roles_get_a_403_problem_from_the_drill_down(Role role)
    {
        using var faculty = factory.Client(SecuredApiFactory.FacultyKey);
        var cell = await FirstShownCellAsync(faculty, "/api/topics/trends?interval=year");
        using var client = factory.Client(SecuredApiFactory.KeyOf(role));

        foreach (var path in new[] { $"/api/topics/trends/cases?topic={cell.Series}&period={cell.Period}",
                     $"/api/concepts/trends/cases?concepts=fentanyl&series=fentanyl&period={cell.Period}" })
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.DoesNotContain("caseId", await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task A_hidden_cell_is_never_listed()
    {
        using var client = factory.Client(SecuredApiFactory.FacultyKey);
        var trend = await client.GetFromJsonAsync<JsonElement>("/api/topics/trends?interval=month");
        var hidden = trend.GetProperty("cells").EnumerateArray().First(c => c.GetProperty("suppressed").GetBoolean());

        var response = await client.GetAsync($"/api/topics/trends/cases?topic={hidden.GetProperty("series").GetString()}&period={hidden.GetProperty("period").GetString()}");

        await Problems.AssertValidationProblemAsync(response, "period");
    }

    [Theory]
    [InlineData("/api/topics/trends/cases?topic=tapering&period=2022-13", "period")]
    [InlineData("/api/topics/trends/cases?topic=tapering&period=2022-Q5", "period")]
    [InlineData("/api/topics/trends/cases?topic=tapering", "period")]
    [InlineData("/api/topics/trends/cases?period=2022", "topic")]
    [InlineData("/api/topics/trends/cases?topic=astrology&period=2022", "topic")]
    [InlineData("/api/concepts/trends/cases?concepts=fentanyl&series=xylazine&period=2022", "series")]
    [InlineData("/api/concepts/trends/cases?concepts=unobtainium&series=x&period=2022", "concepts")]
    public async Task Bad_drill_down_parameters_are_a_400(string path, string field)
    {
        using var client = factory.Client(SecuredApiFactory.FacultyKey);
        await Problems.AssertValidationProblemAsync(await client.GetAsync(path), field);
    }

    private sealed record Cell(string Period, string Series, int Count);

    private static IEnumerable<Cell> Shown(JsonElement trend) => trend.GetProperty("cells").EnumerateArray()
        .Where(c => !c.GetProperty("suppressed").GetBoolean() && c.GetProperty("count").GetInt32() > 0)
        .Select(c => new Cell(c.GetProperty("period").GetString()!, c.GetProperty("series").GetString()!, c.GetProperty("count").GetInt32()));

    private static async Task<Cell> FirstShownCellAsync(HttpClient client, string path) =>
        Shown(await client.GetFromJsonAsync<JsonElement>(path)).First();

    /// <summary>The list is the cell's: its total within the rounding (4) of the shown count, its cases distinct and titled.</summary>
    private static void AssertListMatches(JsonElement list, Cell cell)
    {
        Assert.Equal(cell.Period, list.GetProperty("period").GetString());
        var total = list.GetProperty("total").GetInt32();
        Assert.InRange(total, cell.Count - 4, cell.Count + 4);
        var cases = list.GetProperty("cases").EnumerateArray().ToList();
        Assert.Equal(Math.Min(total, 100), cases.Count);
        Assert.Equal(cases.Count, cases.Select(c => c.GetProperty("caseId").GetString()).Distinct().Count());
        Assert.All(cases, c => Assert.False(string.IsNullOrWhiteSpace(c.GetProperty("title").GetString())));
        Assert.All(cases, c => Assert.False(c.TryGetProperty("summary", out _)));
    }
}
