using System.Net;

namespace CaseGraph.Api.Tests;

/// <summary>The web pages are served to anyone; the API calls they make are not.</summary>
[Collection(BundledKestrelCollection.Name)] // reads only: shares that keyed host rather than starting its own
public class WebUiAccessTests(BundledKestrelFactory factory)
{
    [Theory]
    [InlineData("/", "text/html")]
    [InlineData("/workbench.html", "text/html")]
    [InlineData("/js/api.js", "text/javascript")]
    [InlineData("/site.css", "text/css")]
    public async Task Pages_and_their_assets_need_no_key(string path, string mediaType)
    {
        using var response = await factory.Client().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_search_page_at_the_root_calls_an_api_that_still_wants_a_key()
    {
        using var client = factory.Client();
        Assert.Contains("<title>Search — CaseGraph</title>", await client.GetStringAsync("/"));
        using var search = await client.GetAsync("/api/search?q=buprenorphine");
        Assert.Equal(HttpStatusCode.Unauthorized, search.StatusCode);
    }
}
