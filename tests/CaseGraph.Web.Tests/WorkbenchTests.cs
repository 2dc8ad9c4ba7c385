using Microsoft.Playwright;

namespace CaseGraph.Web.Tests;

[Collection(BrowserCollection.Name)]
public sealed class WorkbenchTests(BrowserFixture browser)
{
    public const string NewCase = "A 58-year-old man with chronic low back pain after a fall at work takes oxycodone 10 mg four times daily " +
        "and asks about tapering. He denies heroin use and there is no history of OUD. Question: how fast can we taper?";

    [SkippableFact]
    public async Task A_new_case_shows_negated_mentions_as_negated_its_mme_and_similar_cases_with_reasons()
    {
        browser.RequireBrowser();
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/workbench.html");
        await page.GetByLabel("Case text (de-identified)").FillAsync(NewCase);
        await page.GetByRole(AriaRole.Button, new() { Name = "Check and find similar cases" }).ClickAsync();

        await Assertions.Expect(page.Locator("#mme")).ToContainTextAsync("60 MME/day (band 50-89)");
        await Assertions.Expect(page.Locator("#mme")).ToContainTextAsync("reassess, offer naloxone");
        await Assertions.Expect(page.Locator("#doses tbody tr").First).ToContainTextAsync("oxycodone 10 mg four times daily");
        var heroin = page.Locator(".chip", new() { HasText = "heroin" });
        await Assertions.Expect(heroin).ToContainTextAsync("negated");
        await Assertions.Expect(heroin).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("negated"));
        await Assertions.Expect(page.Locator(".chip", new() { HasText = "opioid use disorder" })).ToContainTextAsync("negated (“no history of”)");
        await Assertions.Expect(page.Locator(".chip", new() { HasText = "oxycodone" })).ToContainTextAsync("present");

        var similar = page.Locator("#similar > li");
        await Assertions.Expect(similar.First).ToContainTextAsync("Why similar: shares");
        Assert.True(await similar.CountAsync() >= 3);
        await Assertions.Expect(page.Locator("#guidelines > li").First).ToBeVisibleAsync();
    }

    [SkippableFact]
    public async Task An_identifier_is_warned_about_before_anything_is_searched()
    {
        browser.RequireBrowser();
        var page = await browser.NewPageAsync();
        var searched = false;
        page.Request += (_, request) => searched |= request.Url.Contains("/api/cases/similar") || request.Url.Contains("/api/concepts/extract");
        await page.GotoAsync("/workbench.html");
        var text = page.GetByLabel("Case text (de-identified)");
        await text.FillAsync(NewCase + " Her daughter can be reached at 555-867-5309.");
        var check = page.GetByRole(AriaRole.Button, new() { Name = "Check and find similar cases" });
        await check.ClickAsync();

        var warning = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(warning).ToContainTextAsync("Possible identifiers found. Nothing was searched.");
        await Assertions.Expect(warning).ToContainTextAsync("a phone number: “555-867-5309”");
        Assert.False(searched, "nothing is sent for searching while the warning stands");
        await Assertions.Expect(page.Locator("#similar > li")).ToHaveCountAsync(0);

        await text.FillAsync(NewCase);
        await check.ClickAsync();
        await Assertions.Expect(page.Locator("#similar > li").First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveCountAsync(0);
    }

    [SkippableFact]
    public async Task The_case_text_and_results_come_back_after_back_and_reload_and_the_text_stays_out_of_the_address()
    {
        browser.RequireBrowser();
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/workbench.html");
        await page.GetByLabel("Case text (de-identified)").FillAsync(NewCase);
        await page.GetByRole(AriaRole.Button, new() { Name = "Check and find similar cases" }).ClickAsync();
        var similar = page.Locator("#similar > li");
        await Assertions.Expect(similar.First).ToBeVisibleAsync();
        var firstTitle = await similar.First.Locator("h3").InnerTextAsync();

        await similar.First.Locator("h3 a").ClickAsync();
        await Assertions.Expect(page.Locator("#case-body")).ToBeVisibleAsync();
        await page.GoBackAsync();
        await Assertions.Expect(page.GetByLabel("Case text (de-identified)")).ToHaveValueAsync(NewCase);
        await Assertions.Expect(similar.First.Locator("h3")).ToHaveTextAsync(firstTitle);
        await Assertions.Expect(page.Locator("#mme")).ToContainTextAsync("60 MME/day");

        await page.ReloadAsync();
        await Assertions.Expect(page.GetByLabel("Case text (de-identified)")).ToHaveValueAsync(NewCase);
        await Assertions.Expect(similar.First.Locator("h3")).ToHaveTextAsync(firstTitle);
        await Assertions.Expect(page.Locator("#guidelines > li").First).ToBeVisibleAsync();
        Assert.DoesNotContain("oxycodone", page.Url);
    }
}
