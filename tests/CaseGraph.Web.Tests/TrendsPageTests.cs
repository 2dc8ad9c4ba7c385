using System.Globalization;
using Microsoft.Playwright;

namespace CaseGraph.Web.Tests;

[Collection(BrowserCollection.Name)]
public sealed class TrendsPageTests(BrowserFixture browser)
{
    [SkippableFact]
    public async Task The_csv_download_is_the_apis_export_with_small_cells_suppressed()
    {
        browser.RequireBrowser();
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/trends.html");
        await Assertions.Expect(page.Locator("#trend-status")).ToContainTextAsync("cells suppressed");
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { NameRegex = new("^Topic shares over time") })).ToBeVisibleAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Download CSV" }).ClickAsync());
        Assert.Equal("topic-trends-year.csv", download.SuggestedFilename);
        var csv = await File.ReadAllTextAsync(await download.PathAsync());

        using var api = browser.ApiClient();
        Assert.Equal(await api.GetStringAsync("/api/topics/trends?format=csv&interval=year"), csv);
        var lines = csv.TrimEnd('\n').Split('\n').SkipWhile(l => l.StartsWith('#')).ToArray(); // the comment says how counts are rounded
        Assert.Equal("period,series,count,share,period_cases", lines[0]);
        var rows = lines[1..].Select(l => l.Split(',')).ToList();
        Assert.NotEmpty(rows);
        Assert.Contains(rows, r => r[2] == "suppressed");
        Assert.Contains(rows, r => r[2] != "suppressed");
        foreach (var row in rows)
        {
            if (row[2] == "suppressed") { Assert.Equal("suppressed", row[3]); continue; }
            var count = int.Parse(row[2], CultureInfo.InvariantCulture);
            Assert.False(count is >= 1 and <= 10, $"a count of 1-10 is shown: {string.Join(',', row)}");
            Assert.Equal(0, count % 5); // rounded to a multiple of 5, so a difference of two shown numbers reveals nothing exact
        }
    }

    [SkippableFact]
    public async Task The_chart_draws_the_cells_that_are_not_suppressed()
    {
        browser.RequireBrowser();
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/trends.html");
        await Assertions.Expect(page.Locator("#trend-status")).ToContainTextAsync("8 years");
        using var api = browser.ApiClient();
        var json = System.Text.Json.JsonDocument.Parse(await api.GetStringAsync("/api/topics/trends?interval=year"));
        var shown = json.RootElement.GetProperty("cells").EnumerateArray().Count(c => !c.GetProperty("suppressed").GetBoolean());
        Assert.True(shown > 0);
        await Assertions.Expect(page.Locator(".chart circle")).ToHaveCountAsync(shown);
        await page.GetByText("Table of the data").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("suppressed");

        await page.GetByLabel("Interval").SelectOptionAsync("quarter");
        await Assertions.Expect(page.Locator("#trend-status")).ToContainTextAsync("31 quarters");
        await Assertions.Expect(page.Locator(".chart circle")).ToHaveCountAsync(0); // about 5 cases a quarter: all suppressed
    }
}
