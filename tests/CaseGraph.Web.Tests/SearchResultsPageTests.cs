using System.Text.RegularExpressions;
using CaseGraph.Core.Access;
using Microsoft.Playwright;

namespace CaseGraph.Web.Tests;

/// <summary>Issue 21 in Chromium over the bundled corpus: load more, sort by date, citations with links, the passage page
/// and the CSV download.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchResultsPageTests(BrowserFixture browser)
{
    private const string CdcUrl = "https://www.cdc.gov/mmwr/volumes/71/rr/rr7103a1.htm";

    private static int Total(string? summary) => int.Parse(summary!.Split(' ')[0]);

    private async Task<IPage> SearchAsync(string query, string? apiKey = null)
    {
        var page = await browser.NewPageAsync(apiKey);
        await page.GotoAsync("/?" + query);
        await Assertions.Expect(page.Locator("#summary")).ToHaveTextAsync(new Regex(@"^\d+ results"));
        return page;
    }

    [SkippableFact]
    public async Task Load_more_appends_the_next_page_without_repeating_a_hit_and_keeps_the_count()
    {
        browser.RequireBrowser();
        var page = await SearchAsync("q=naloxone");
        var summary = await page.Locator("#summary").TextContentAsync();
        Assert.True(Total(summary) > 40, summary);
        Assert.Equal(20, await page.Locator(".hit").CountAsync());

        await page.GetByRole(AriaRole.Button, new() { Name = "Load more" }).ClickAsync();
        await Assertions.Expect(page.Locator(".hit")).ToHaveCountAsync(40);

        var ids = await page.Locator(".hit").EvaluateAllAsync<string[]>("hits => hits.map(h => h.dataset.id)");
        Assert.Equal(40, ids.Distinct().Count());
        Assert.StartsWith($"{Total(summary)} results, 40 shown", await page.Locator("#summary").TextContentAsync());
    }

    [SkippableFact]
    public async Task The_sort_control_lists_newest_first_and_stays_in_the_address()
    {
        browser.RequireBrowser();
        var page = await SearchAsync("q=buprenorphine");

        await page.GetByLabel("Sort by").SelectOptionAsync("date");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("sort=date"));
        await Assertions.Expect(page.Locator("#summary")).ToHaveTextAsync(new Regex(@"^\d+ results"));
        var dates = (await page.Locator(".hit .hit-date").AllTextContentsAsync()).Select(d => d.Trim().Split(' ')[1]).ToList();
        Assert.True(dates.Count >= 10, $"{dates.Count} dated hits");
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);

        await page.ReloadAsync();
        await Assertions.Expect(page.GetByLabel("Sort by")).ToHaveValueAsync("date");
    }

    [SkippableFact]
    public async Task A_guideline_hit_shows_its_source_section_date_and_a_link_that_opens_safely()
    {
        browser.RequireBrowser();
        var page = await SearchAsync("q=naloxone&kind=guideline");

        var hit = page.Locator(".hit[data-id='cdc2022-r08']");
        await Assertions.Expect(hit.Locator(".hit-date")).ToHaveTextAsync("published 2022-11-04");
        var citation = hit.Locator(".citation");
        await Assertions.Expect(citation).ToContainTextAsync("CDC Clinical Practice Guideline for Prescribing Opioids for Pain");
        await Assertions.Expect(citation).ToContainTextAsync("Recommendation 8");
        await Assertions.Expect(citation).ToContainTextAsync("Recommendation category A; evidence type 4");
        var link = citation.GetByRole(AriaRole.Link, new() { Name = "Read the source" });
        await Assertions.Expect(link).ToHaveAttributeAsync("href", CdcUrl);
        await Assertions.Expect(link).ToHaveAttributeAsync("rel", "noopener noreferrer");
        await Assertions.Expect(hit.Locator("h3 a")).ToHaveAttributeAsync("href", "/passage.html?id=cdc2022-r08");
    }

    [SkippableFact]
    public async Task A_researcher_opens_a_passage_page_with_its_citation_from_its_address()
    {
        browser.RequireBrowser();
        var page = await browser.NewPageAsync(WebUiServer.Keys[Role.Researcher]);
        await page.GotoAsync("/passage.html?id=cdc2022-r01");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Nonopioid therapies first for acute pain");
        await Assertions.Expect(page.Locator("#passage-text")).ToContainTextAsync("For acute pain");
        var facts = page.Locator("#citation");
        foreach (var fact in new[] { "Source", "CDC Clinical Practice Guideline", "Section", "Recommendation 1", "Published", "2022-11-04",
                     "Grade", "Recommendation category B; evidence type 3" })
            await Assertions.Expect(facts).ToContainTextAsync(fact);
        var link = facts.GetByRole(AriaRole.Link);
        await Assertions.Expect(link).ToHaveAttributeAsync("href", CdcUrl);
        await Assertions.Expect(link).ToHaveAttributeAsync("rel", "noopener noreferrer");
    }

    [SkippableFact]
    public async Task Clicking_a_guideline_title_opens_its_passage_and_an_unknown_passage_says_so()
    {
        browser.RequireBrowser();
        var page = await SearchAsync("q=taper&kind=guideline");
        var first = page.Locator(".hit h3 a").First;
        var title = await first.TextContentAsync();

        await first.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/passage\.html\?id="));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(title!);
        await Assertions.Expect(page.Locator("#citation")).ToContainTextAsync("Source");

        await page.GotoAsync("/passage.html?id=no-such-passage");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("404 Passage not found");
    }

    [SkippableFact]
    public async Task The_csv_link_downloads_the_result_list_with_the_tabs_key()
    {
        browser.RequireBrowser();
        var page = await SearchAsync("q=naloxone&sort=date", WebUiServer.Keys[Role.Clinician]);
        var total = Total(await page.Locator("#summary").TextContentAsync());

        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "Download results (CSV)" }).ClickAsync());
        var lines = (await File.ReadAllTextAsync((await download.PathAsync())!)).TrimEnd('\n').Split('\n');

        Assert.Equal("casegraph-search.csv", download.SuggestedFilename);
        Assert.Equal("id,kind,title,date,setting,source,section,url,score", lines[0]);
        Assert.Equal(Math.Min(total, 1000), lines.Length - 1);
        var firstIds = await page.Locator(".hit").EvaluateAllAsync<string[]>("hits => hits.map(h => h.dataset.id)");
        Assert.Equal(firstIds, lines.Skip(1).Take(firstIds.Length).Select(l => l.Split(',')[0]));
    }
}
