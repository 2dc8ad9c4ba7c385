namespace CaseGraph.Web.Tests;

[Collection(BrowserCollection.Name)]
public sealed class SmokeTests(BrowserFixture browser)
{
    [SkippableFact]
    public async Task Swagger_page_opens()
    {
        browser.RequireBrowser();
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/swagger/index.html");
        Assert.Contains("Swagger", await page.TitleAsync());
    }
}
