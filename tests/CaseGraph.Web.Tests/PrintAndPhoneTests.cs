using Microsoft.Playwright;

namespace CaseGraph.Web.Tests;

/// <summary>A printed page is its results without the controls; on a 390 px phone no page scrolls sideways.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PrintAndPhoneTests(BrowserFixture browser)
{
    private const string CaseText = "Chronic back pain on oxycodone 10 mg BID and alprazolam 1 mg at night; asking about a buprenorphine rotation.";

    [SkippableFact]
    public async Task Printing_search_results_leaves_out_navigation_key_box_and_forms()
    {
        browser.RequireBrowser();
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/?q=buprenorphine");
        await Assertions.Expect(page.Locator(".hit").First).ToBeVisibleAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Pages" })).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByLabel("API key")).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Search)).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#filters")).ToBeHiddenAsync();
        Assert.Empty(await page.Locator("button:visible").AllAsync());
        await Assertions.Expect(page.Locator("#summary")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".hit").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".hit .why").First).ToBeVisibleAsync();
        var hitsBox = await page.Locator("#hits").BoundingBoxAsync();
        Assert.True(hitsBox!.Width > 600, $"results print across the page, not in a side column ({hitsBox.Width} px)");
    }

    [SkippableFact]
    public async Task Printing_the_trends_page_keeps_the_chart_and_drops_the_controls()
    {
        browser.RequireBrowser();
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/trends.html");
        await Assertions.Expect(page.Locator("#trend-status")).ToContainTextAsync("cells suppressed");
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Pages" })).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByLabel("API key")).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByLabel("Interval")).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Download CSV" })).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { NameRegex = new("^Topic shares over time") })).ToBeVisibleAsync();
    }

    [SkippableTheory]
    [InlineData("/?q=buprenorphine")]
    [InlineData("/?q=naloxone&kind=guideline&sort=date")]
    [InlineData("/passage.html?id=cdc2022-r08")]
    [InlineData("/workbench.html")]
    [InlineData("/trends.html")]
    [InlineData("/case.html?id=case-0001")]
    public async Task At_390_px_no_page_scrolls_sideways_once_its_results_are_in(string path)
    {
        browser.RequireBrowser();
        var page = await browser.NewPageAsync(width: 390, height: 844);
        await page.GotoAsync(path);
        await LoadResultsAsync(page, path);
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 390, $"{path} is {scrollWidth} px wide at 390 px");
        await page.EvaluateAsync("window.scrollTo(0, 0)");
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Pages" })).ToBeInViewportAsync();
    }

    private static async Task LoadResultsAsync(IPage page, string path)
    {
        if (path.StartsWith("/?", StringComparison.Ordinal)) await Assertions.Expect(page.Locator(".hit").First).ToBeVisibleAsync();
        else if (path == "/trends.html")
        {
            await Assertions.Expect(page.Locator("#trend-status")).ToContainTextAsync("cells suppressed");
            await page.GetByText("Table of the data").ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Table)).ToBeVisibleAsync();
            Assert.True(await page.EvaluateAsync<bool>("(t => t.scrollWidth > t.clientWidth)(document.getElementById('table'))"),
                "the wide table scrolls inside its own box");
        }
        else if (path == "/workbench.html")
        {
            await page.GetByLabel("Case text (de-identified)").FillAsync(CaseText);
            await page.GetByRole(AriaRole.Button, new() { Name = "Check and find similar cases" }).ClickAsync();
            await Assertions.Expect(page.Locator("#similar > li").First).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#doses tbody tr").First).ToBeVisibleAsync();
        }
        else if (path.StartsWith("/passage.html", StringComparison.Ordinal)) await Assertions.Expect(page.Locator("#passage")).ToBeVisibleAsync();
        else await Assertions.Expect(page.Locator("#case-body")).ToBeVisibleAsync();
    }
}
