using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace CaseGraph.Web.Tests;

/// <summary>Issue 21, items 3 and 4, as a user sees them: "Did you mean", the autocomplete list, and how a query was read.</summary>
[Collection(BrowserCollection.Name)]
public sealed class QueryReadingPageTests(BrowserFixture browser)
{
    [SkippableFact]
    public async Task A_misspelt_drug_offers_did_you_mean_and_the_link_runs_the_corrected_search()
    {
        browser.RequireBrowser();
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByLabel("Drug, condition or question").FillAsync("bupenorphine");
        await page.Keyboard.PressAsync("Enter");

        var offer = page.Locator("#did-you-mean");
        await Assertions.Expect(offer).ToHaveTextAsync("Did you mean: buprenorphine?");
        await offer.GetByRole(AriaRole.Link, new() { Name = "buprenorphine" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"q=buprenorphine(&|$)"));
        await Assertions.Expect(page.GetByLabel("Drug, condition or question")).ToHaveValueAsync("buprenorphine");
        await Assertions.Expect(page.Locator("#summary")).ToContainTextAsync("read as buprenorphine");
        Assert.True(await page.Locator(".hit").CountAsync() > 0);
        await Assertions.Expect(offer).ToBeHiddenAsync();
    }

    [SkippableFact]
    public async Task Autocomplete_lists_buprenorphine_first_for_bup_and_percocet_with_its_generic_for_perc()
    {
        browser.RequireBrowser();
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        var box = page.GetByRole(AriaRole.Combobox, new() { Name = "Drug, condition or question" });
        var options = page.GetByRole(AriaRole.Option);

        await box.PressSequentiallyAsync("bup");
        await Assertions.Expect(options.First).ToContainTextAsync("buprenorphine");
        await Assertions.Expect(options.First.Locator(".concept")).ToHaveTextAsync("buprenorphine");
        await Assertions.Expect(options.Filter(new() { HasText = "Bupap" })).ToContainTextAsync("Bupap (");

        await box.FillAsync("");
        await box.PressSequentiallyAsync("Perc");
        await Assertions.Expect(options.First.Locator(".concept")).ToHaveTextAsync("Percocet (oxycodone-acetaminophen)");
        Assert.DoesNotContain("percs", await options.First.TextContentAsync());
    }

    [SkippableFact]
    public async Task Tapering_oxycodone_90_mme_shows_its_reading_and_an_opioid_taper_on_top()
    {
        browser.RequireBrowser();
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/?q=" + Uri.EscapeDataString("tapering oxycodone 90 MME"));

        var summary = page.Locator("#summary");
        await Assertions.Expect(summary).ToContainTextAsync("read as oxycodone, opioid tapering");
        await Assertions.Expect(summary).ToContainTextAsync("90 MME read as a daily dose: cases in the 90+ MME band ranked first");
        await Assertions.Expect(page.Locator("#did-you-mean")).ToBeHiddenAsync();
        var top = page.Locator(".hit").First;
        await Assertions.Expect(top.Locator(".why")).ToContainTextAsync("opioid tapering");
        Assert.DoesNotContain("alcohol", (await top.Locator("h3").TextContentAsync())!, StringComparison.OrdinalIgnoreCase);
    }
}
