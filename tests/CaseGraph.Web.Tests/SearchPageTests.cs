using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace CaseGraph.Web.Tests;

[Collection(BrowserCollection.Name)]
public sealed class SearchPageTests(BrowserFixture browser)
{
    [SkippableFact]
    public async Task The_root_is_the_search_page_and_swagger_still_opens()
    {
        browser.RequireBrowser();
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        Assert.Equal("Search cases, recommendations and guidelines", await page.Locator("h1").TextContentAsync());
        await page.GotoAsync("/swagger/index.html");
        Assert.Contains("Swagger", await page.TitleAsync());
    }

    [SkippableFact]
    public async Task A_facet_filter_narrows_the_results_to_what_it_names()
    {
        browser.RequireBrowser();
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByLabel("Drug, condition or question").FillAsync("buprenorphine");
        await page.Keyboard.PressAsync("Enter");
        var summary = page.Locator("#summary");
        await Assertions.Expect(summary).ToHaveTextAsync(new Regex(@"^\d+ results"));
        var unfiltered = Total(await summary.TextContentAsync());
        Assert.True(await page.Locator(".hit .kind-case").CountAsync() > 0, "the unfiltered results include cases");

        await page.GetByLabel("Kind").SelectOptionAsync("guideline");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("kind=guideline"));
        await Assertions.Expect(summary).ToHaveTextAsync(new Regex($@"^(?!{unfiltered} )\d+ results?"));
        var filtered = Total(await summary.TextContentAsync());
        Assert.InRange(filtered, 1, unfiltered - 1);
        var badges = await page.Locator(".hit .badge").AllTextContentsAsync();
        Assert.NotEmpty(badges);
        Assert.All(badges, b => Assert.Equal("Guideline passage", b));
        Assert.True(await page.Locator(".hit mark").CountAsync() > 0, "snippets highlight the matched words");
        Assert.Contains("Why it matched", await page.Locator(".hit .why").First.TextContentAsync());
    }

    [SkippableFact]
    public async Task Autocomplete_offers_the_generic_for_a_brand_and_an_abbreviation_and_takes_the_keyboard()
    {
        browser.RequireBrowser();
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        var box = page.GetByRole(AriaRole.Combobox, new() { Name = "Drug, condition or question" });

        await box.PressSequentiallyAsync("OU");
        var options = page.GetByRole(AriaRole.Option);
        await Assertions.Expect(options.First).ToContainTextAsync("opioid use disorder");
        await box.PressAsync("Escape");
        await Assertions.Expect(page.GetByRole(AriaRole.Listbox)).ToBeHiddenAsync();
        await Assertions.Expect(box).ToHaveAttributeAsync("aria-expanded", "false");

        await box.FillAsync("");
        await box.PressSequentiallyAsync("Subox");
        await Assertions.Expect(options.First).ToContainTextAsync("Suboxone (buprenorphine-naloxone)");
        await box.PressAsync("ArrowDown");
        await Assertions.Expect(options.First).ToHaveAttributeAsync("aria-selected", "true");
        await Assertions.Expect(box).ToHaveAttributeAsync("aria-activedescendant", await options.First.GetAttributeAsync("id") ?? "");
        await box.PressAsync("Enter");

        await Assertions.Expect(box).ToHaveValueAsync("buprenorphine-naloxone");
        await Assertions.Expect(page.Locator("#summary")).ToContainTextAsync("read as buprenorphine-naloxone");
        Assert.True(await page.Locator(".hit").CountAsync() > 0);
    }

    [SkippableFact]
    public async Task A_wrong_api_key_shows_the_refusal_with_what_to_do()
    {
        browser.RequireBrowser();
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByLabel("API key").FillAsync("not-a-key");
        await page.GetByRole(AriaRole.Button, new() { Name = "Use key" }).ClickAsync();
        await page.GetByLabel("Drug, condition or question").FillAsync("naloxone");
        await page.Keyboard.PressAsync("Enter");
        var alert = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(alert).ToContainTextAsync("401");
        await Assertions.Expect(alert).ToContainTextAsync("Enter a valid API key");
    }

    [SkippableTheory]
    [InlineData("/", "Search")]
    [InlineData("/workbench.html", "Case workbench")]
    [InlineData("/trends.html", "Trends")]
    public async Task Every_page_has_the_shared_header_with_its_own_link_marked_current(string path, string current)
    {
        browser.RequireBrowser();
        var page = await browser.NewPageAsync();
        await page.GotoAsync(path);
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Pages" });
        await Assertions.Expect(nav.GetByRole(AriaRole.Link)).ToHaveTextAsync(["Search", "Case workbench", "Trends"]);
        Assert.Equal([current], await nav.Locator("a[aria-current=page]").AllTextContentsAsync());
        await Assertions.Expect(page.GetByLabel("API key")).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to content", await page.EvaluateAsync<string>("document.activeElement.textContent"));
    }

    private static int Total(string? summary) => int.Parse(summary!.Split(' ')[0]);
}
