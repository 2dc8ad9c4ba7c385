using System.Text.Json;
using CaseGraph.Core.Access;
using Microsoft.Playwright;

namespace CaseGraph.Web.Tests;

/// <summary>The trends page over the bundled corpus: its controls in the address, suppression explained, concept
/// trends and themes, chart downloads, and the drill-down only for roles that may open cases.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TrendsPageStateTests(BrowserFixture browser)
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [SkippableFact]
    public async Task Every_control_is_in_the_address_and_comes_back_on_back_and_reload()
    {
        browser.RequireBrowser();
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/trends.html");
        await Assertions.Expect(page.Locator("#trend-status")).ToContainTextAsync("8 years");

        await page.GetByLabel("Interval").SelectOptionAsync("quarter");
        await Assertions.Expect(page.Locator("#trend-status")).ToContainTextAsync("31 quarters");
        await page.GetByLabel("Setting").SelectOptionAsync("rural");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"interval=quarter&setting=rural"));

        await page.GoBackAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"\?view=topics&interval=quarter$"));
        await Assertions.Expect(page.GetByLabel("Setting")).ToHaveValueAsync("");
        await Assertions.Expect(page.GetByLabel("Interval")).ToHaveValueAsync("quarter");
        await Assertions.Expect(page.Locator("#trend-status")).ToContainTextAsync("31 quarters");

        await page.GetByLabel("Show").SelectOptionAsync("concepts");
        await page.GetByLabel("From (month)").FillAsync("2022-01");
        await page.GetByLabel("From (month)").DispatchEventAsync("change");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("view=concepts.*concepts=fentanyl%2Cxylazine.*from=2022-01"));
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByLabel("Show")).ToHaveValueAsync("concepts");
        await Assertions.Expect(page.GetByLabel("From (month)")).ToHaveValueAsync("2022-01");
        await Assertions.Expect(page.GetByLabel("Interval")).ToHaveValueAsync("quarter");
        await Assertions.Expect(page.Locator("#legend li")).ToHaveTextAsync(["fentanyl", "xylazine", "fentanyl + xylazine"],
            new() { IgnoreCase = true });
        Assert.DoesNotContain("2021", await page.Locator("#table").InnerTextAsync());

        await page.GoBackAsync();
        await Assertions.Expect(page.GetByLabel("Show")).ToHaveValueAsync("concepts");
        await Assertions.Expect(page.GetByLabel("From (month)")).ToHaveValueAsync("");
    }

    [SkippableFact]
    public async Task Hidden_cells_are_counted_and_explained_and_a_coarser_interval_is_offered()
    {
        browser.RequireBrowser();
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/trends.html?interval=month");

        using var api = browser.ApiClient();
        var body = JsonDocument.Parse(await api.GetStringAsync("/api/topics/trends?interval=month")).RootElement.GetProperty("suppression");
        var note = page.GetByRole(AriaRole.Note);
        await Assertions.Expect(note).ToContainTextAsync($"{body.GetProperty("suppressed").GetInt32()} of {body.GetProperty("cells").GetInt32()} cells are hidden");
        await Assertions.Expect(note).ToContainTextAsync("fewer than 11 cases");
        await Assertions.Expect(note).ToContainTextAsync("so that no one case can be singled out");

        await note.GetByRole(AriaRole.Button, new() { Name = "Show by quarter" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Interval")).ToHaveValueAsync("quarter");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("interval=quarter"));
        await Assertions.Expect(note.GetByRole(AriaRole.Button, new() { Name = "Show by year" })).ToBeVisibleAsync();
    }

    [SkippableFact]
    public async Task Discovered_themes_are_listed_with_their_words()
    {
        browser.RequireBrowser();
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/trends.html");
        await page.GetByLabel("Show").SelectOptionAsync("themes");

        var themes = page.Locator("#theme-list > li");
        await Assertions.Expect(themes.First).ToBeVisibleAsync(new() { Timeout = 60_000 });
        Assert.True(await themes.CountAsync() >= 2);
        Assert.True((await themes.First.InnerTextAsync()).Split(", ").Length >= 3, "a theme shows its top words");
        await Assertions.Expect(page.GetByLabel("Interval")).ToBeHiddenAsync(); // themes have no interval
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("view=themes"));
    }

    [SkippableFact]
    public async Task The_chart_downloads_as_png_and_svg()
    {
        browser.RequireBrowser();
        var page = await browser.NewPageAsync(WebUiServer.Keys[Role.Researcher]);
        await page.GotoAsync("/trends.html?view=concepts&concepts=fentanyl,xylazine&interval=year");
        await Assertions.Expect(page.Locator("#trend-status")).ToContainTextAsync("8 years");

        var png = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Download PNG" }).ClickAsync());
        Assert.Equal("concept-trends-year.png", png.SuggestedFilename);
        Assert.Equal(PngSignature, (await File.ReadAllBytesAsync(await png.PathAsync()))[..8]);
        var svg = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Download SVG" }).ClickAsync());
        Assert.Equal("concept-trends-year.svg", svg.SuggestedFilename);
        Assert.StartsWith("<svg", await File.ReadAllTextAsync(await svg.PathAsync()));
    }

    [SkippableFact]
    public async Task A_researcher_sees_the_points_but_cannot_drill_into_them()
    {
        browser.RequireBrowser();
        var page = await browser.NewPageAsync(WebUiServer.Keys[Role.Researcher]);
        await page.GotoAsync("/trends.html");
        await Assertions.Expect(page.Locator("#caller-role")).ToContainTextAsync("researcher");
        await Assertions.Expect(page.Locator(".chart circle").First).ToBeVisibleAsync();

        await Assertions.Expect(page.Locator(".chart .drillable")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { NameRegex = new("list the cases") })).ToHaveCountAsync(0);
        await page.Locator(".chart circle").First.ClickAsync(new() { Force = true });
        await Assertions.Expect(page.Locator("#drill")).ToBeHiddenAsync();
    }

    [SkippableFact]
    public async Task Faculty_click_a_shown_point_to_list_its_cases()
    {
        browser.RequireBrowser();
        var page = await browser.NewPageAsync(WebUiServer.Keys[Role.Faculty]);
        await page.GotoAsync("/trends.html");
        await Assertions.Expect(page.Locator("#caller-role")).ToContainTextAsync("faculty");
        using var api = browser.ApiClient();
        var shown = JsonDocument.Parse(await api.GetStringAsync("/api/topics/trends?interval=year")).RootElement.GetProperty("cells")
            .EnumerateArray().Count(c => !c.GetProperty("suppressed").GetBoolean() && c.GetProperty("count").GetInt32() > 0);
        Assert.True(shown > 0, "the bundled corpus has a shown cell by year");

        var points = page.GetByRole(AriaRole.Button, new() { NameRegex = new("list the cases$") });
        await Assertions.Expect(points).ToHaveCountAsync(shown);
        await points.First.ClickAsync();
        var cases = page.Locator("#drill li a");
        await Assertions.Expect(page.Locator("#drill h2")).ToContainTextAsync("Cases behind");
        Assert.True(await cases.CountAsync() > 10, "a shown cell holds more than 10 cases");
        await cases.First.ClickAsync();
        await Assertions.Expect(page.Locator("#case-body")).ToBeVisibleAsync();
    }
}
