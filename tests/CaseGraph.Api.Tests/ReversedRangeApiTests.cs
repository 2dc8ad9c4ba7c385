using System.Net;
using System.Text.Json;

namespace CaseGraph.Api.Tests;

/// <summary>A window whose start comes after its end is a mistake to point out, not a question with no answer.</summary>
[Collection(ReadOnlyApiCollection.Name)]
public class ReversedRangeApiTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/api/search?q=taper&from=2025-01&to=2020-01")]
    [InlineData("/api/topics/trends?from=2025-01&to=2020-01")]
    [InlineData("/api/topics/trends?interval=year&from=2025-01&to=2020-12")]
    [InlineData("/api/concepts/trends?concepts=OUD&from=2025-01&to=2020-01")]
    public async Task From_after_to_is_a_400_that_says_so(string url)
    {
        var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.Equal("from must not be after to", errors.GetProperty("from")[0].GetString());
    }

    [Theory]
    [InlineData("/api/search?q=taper&from=2022-06&to=2022-06")]
    [InlineData("/api/topics/trends?from=2022-01&to=2022-12")]
    public async Task A_window_of_one_month_or_more_is_answered(string url)
    {
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(url)).StatusCode);
    }
}
