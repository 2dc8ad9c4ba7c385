using System.Net.Http.Json;
using System.Text.Json;

namespace CaseGraph.Api.Tests;

[Collection(ReadOnlyApiCollection.Name)]
public class DiscoveredThemesApiTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Lda_themes_list_their_top_words_and_repeat_for_the_same_cases()
    {
        var first = await _client.GetFromJsonAsync<JsonElement>("/api/topics/discovered?themes=2&words=4");
        var again = await _client.GetFromJsonAsync<JsonElement>("/api/topics/discovered?themes=2&words=4");

        Assert.Equal(CaseGraph.Tests.Shared.TestCorpus.Cases.Count, first.GetProperty("casesRead").GetInt32());
        var themes = first.GetProperty("themes").EnumerateArray().ToList();
        Assert.Equal(2, themes.Count);
        Assert.All(themes, t => Assert.Equal(4, t.GetProperty("topWords").GetArrayLength()));
        Assert.Equal(first.GetRawText(), again.GetRawText());
    }

    [Theory]
    [InlineData("themes=1", "themes")]
    [InlineData("themes=50", "themes")]
    [InlineData("words=0", "words")]
    public async Task Out_of_range_parameters_are_a_400(string query, string field)
    {
        await Problems.AssertValidationProblemAsync(await _client.GetAsync("/api/topics/discovered?" + query), field);
    }
}
