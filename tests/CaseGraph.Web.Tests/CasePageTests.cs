using Microsoft.Playwright;

namespace CaseGraph.Web.Tests;

[Collection(BrowserCollection.Name)]
public sealed class CasePageTests(BrowserFixture browser)
{
    [SkippableFact]
    public async Task A_case_page_shows_summary_recommendations_concepts_and_its_neighbourhood_graph()
    {
        browser.RequireBrowser();
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/case.html?id=case-0001");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Case case-0001");
        await Assertions.Expect(page.Locator("#summary")).ToContainTextAsync("failed back surgery syndrome");
        await Assertions.Expect(page.Locator("#questions")).ToContainTextAsync("Which should we reduce first");
        Assert.True(await page.Locator("#recommendations > li").CountAsync() >= 1);
        await Assertions.Expect(page.Locator("#mme")).ToContainTextAsync("MME/day");
        await Assertions.Expect(page.Locator("#concepts")).ToContainTextAsync("alprazolam");

        var graph = page.GetByRole(AriaRole.Img, new() { NameRegex = new("^case-0001 and its \\d+ neighbours") });
        await Assertions.Expect(graph).ToBeVisibleAsync();
        await Assertions.Expect(graph.Locator(".node-condition", new() { HasText = "failed back surgery" })).ToHaveCountAsync(1);
        Assert.True(await graph.Locator(".node-medication").CountAsync() >= 2);
        var neighbour = graph.Locator("a .node-case").First;
        var neighbourId = await neighbour.Locator("text").TextContentAsync();
        await neighbour.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync($"Case {neighbourId}");
    }

    [SkippableFact]
    public async Task An_unknown_case_says_so()
    {
        browser.RequireBrowser();
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/case.html?id=case-9999");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("404 Case not found: No case with id 'case-9999' is indexed.");
    }
}
