using System.Net;
using System.Net.Http.Json;
using CaseGraph.Core.Access;
using Microsoft.Playwright;

namespace CaseGraph.Web.Tests;

/// <summary>Each role, with its own key entered, sees its role named in the header and no link that the API refuses it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RoleTests(BrowserFixture browser)
{
    [SkippableTheory]
    [InlineData(Role.Faculty, new[] { "Search", "Case workbench", "Trends" })]
    [InlineData(Role.Clinician, new[] { "Search", "Case workbench" })]
    [InlineData(Role.Researcher, new[] { "Trends" })]
    public async Task The_header_names_the_role_and_links_only_its_pages(Role role, string[] pages)
    {
        browser.RequireBrowser();
        var page = await browser.NewPageAsync(WebUiServer.Keys[role]);
        await page.GotoAsync(role == Role.Researcher ? "/trends.html" : "/");
        await Assertions.Expect(page.Locator("#caller-role")).ToHaveTextAsync($"Serving you as {role.ToSlug()} (key “{role.ToSlug()}-web”).");
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Pages" }).GetByRole(AriaRole.Link)).ToHaveTextAsync(pages);
    }

    [SkippableTheory]
    [InlineData(Role.Faculty)]
    [InlineData(Role.Clinician)]
    [InlineData(Role.Researcher)]
    public async Task No_visible_link_on_any_page_leads_where_the_role_is_refused(Role role)
    {
        browser.RequireBrowser();
        var key = WebUiServer.Keys[role];
        using var api = browser.ApiClient(key);
        var caseLinks = 0;
        foreach (var path in new[] { "/?q=buprenorphine", "/workbench.html", "/trends.html" })
        {
            var page = await browser.NewPageAsync(key);
            await page.GotoAsync(path);
            await Assertions.Expect(page.Locator("#caller-role")).ToContainTextAsync(role.ToSlug());
            await LoadResultsAsync(page, path, role);
            foreach (var href in await VisibleLinksAsync(page))
            {
                caseLinks += href.StartsWith("/case.html", StringComparison.Ordinal) ? 1 : 0;
                var status = await StatusBehindAsync(api, href);
                Assert.False(status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden, $"{role} on {path}: {href} answers {(int)status}");
            }
        }
        Assert.Equal(role == Role.Faculty, caseLinks > 0); // faculty gets its case links; the others none
    }

    [SkippableFact]
    public async Task A_clinician_sees_case_titles_as_plain_text_and_a_researcher_is_told_search_is_not_open_to_it()
    {
        browser.RequireBrowser();
        var clinician = await browser.NewPageAsync(WebUiServer.Keys[Role.Clinician]);
        await clinician.GotoAsync("/?q=buprenorphine&kind=case");
        await Assertions.Expect(clinician.Locator(".hit h3").First).ToBeVisibleAsync();
        Assert.True(await clinician.Locator(".hit h3").CountAsync() > 0);
        await Assertions.Expect(clinician.Locator(".hit h3 a")).ToHaveCountAsync(0);

        var researcher = await browser.NewPageAsync(WebUiServer.Keys[Role.Researcher]);
        await researcher.GotoAsync("/");
        await Assertions.Expect(researcher.GetByRole(AriaRole.Status).Filter(new() { HasText = "not open to your role" }))
            .ToHaveTextAsync("Search: not open to your role (researcher). Use the pages linked above.");
        await Assertions.Expect(researcher.Locator("a.brand")).ToHaveAttributeAsync("href", "/trends.html");
    }

    /// <summary>Brings each page to its results, as far as the role may go.</summary>
    private static async Task LoadResultsAsync(IPage page, string path, Role role)
    {
        var trends = path.StartsWith("/trends", StringComparison.Ordinal);
        if (trends ? role == Role.Clinician : role == Role.Researcher) return; // not its page: nothing to load
        if (path.StartsWith("/?", StringComparison.Ordinal)) await Assertions.Expect(page.Locator(".hit").First).ToBeVisibleAsync();
        else if (path == "/workbench.html")
        {
            await page.GetByLabel("Case text (de-identified)").FillAsync("Chronic back pain on oxycodone 10 mg BID and alprazolam; asking about buprenorphine.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Check and find similar cases" }).ClickAsync();
            await Assertions.Expect(page.Locator("#similar > li").First).ToBeVisibleAsync();
        }
        else await Assertions.Expect(page.Locator("#trend-status")).ToContainTextAsync("cells suppressed");
    }

    private static Task<string[]> VisibleLinksAsync(IPage page) => page.EvaluateAsync<string[]>(
        "[...document.querySelectorAll('a[href]')].filter(a => a.getClientRects().length > 0 && getComputedStyle(a).visibility !== 'hidden')" +
        ".filter(a => a.origin === location.origin).map(a => a.getAttribute('href')).filter(h => !h.startsWith('#'))"); // a cited source is not ours

    /// <summary>The page answers, and so does the API call it makes first, with this role's key.</summary>
    private static async Task<HttpStatusCode> StatusBehindAsync(HttpClient api, string href)
    {
        using var pageResponse = await api.GetAsync(href);
        if (!pageResponse.IsSuccessStatusCode) return pageResponse.StatusCode;
        var uri = new Uri(api.BaseAddress!, href);
        using var response = uri.AbsolutePath switch
        {
            "/" or "/index.html" => await api.GetAsync("/api/search?q=pain"),
            "/workbench.html" => await api.PostAsJsonAsync("/api/phi/scan", new { text = "Back pain." }),
            "/trends.html" => await api.GetAsync("/api/topics/trends"),
            "/case.html" => await api.GetAsync("/api/cases/" + System.Web.HttpUtility.ParseQueryString(uri.Query)["id"]),
            "/passage.html" => await api.GetAsync("/api/passages/" + System.Web.HttpUtility.ParseQueryString(uri.Query)["id"]),
            _ => await api.GetAsync(href),
        };
        return response.StatusCode;
    }
}
