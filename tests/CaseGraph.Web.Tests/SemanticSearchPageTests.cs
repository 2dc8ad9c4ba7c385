using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace CaseGraph.Web.Tests;

/// <summary>The search page over a server that searches by meaning: "why it matched" names the sentence that carried a hit.</summary>
[Collection(SemanticBrowserCollection.Name)]
public sealed class SemanticSearchPageTests(SemanticBrowserFixture browser)
{
    [SkippableFact]
    public async Task A_question_in_plain_words_shows_results_close_in_meaning_with_their_sentence()
    {
        browser.RequireBrowser();
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");

        await page.GetByLabel("Drug, condition or question").FillAsync("how slowly should we wean him off his pain pills");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator("#summary")).ToHaveTextAsync(new Regex(@"^\d+ results"));
        var reasons = await page.Locator(".hit .why").AllTextContentsAsync();
        Assert.Contains(reasons, r => Regex.IsMatch(r, "close in meaning: “[^”]{10,}”"));
    }
}
