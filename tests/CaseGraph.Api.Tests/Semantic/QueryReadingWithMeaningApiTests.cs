using System.Net.Http.Json;
using System.Text.Json;

namespace CaseGraph.Api.Tests.Semantic;

/// <summary>Issue 21 item 4 as the user met it, with the ranking by meaning on: "tapering oxycodone 90 MME" finds an opioid taper first, not alcohol.</summary>
public class QueryReadingWithMeaningApiTests(BundledSemanticApiFactory factory) : IClassFixture<BundledSemanticApiFactory>
{
    [Fact]
    public async Task Tapering_oxycodone_90_mme_finds_an_oxycodone_taper_first_with_meaning_on()
    {
        using var client = factory.Client(SecuredApiFactory.ClinicianKey);
        var body = await client.GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString("tapering oxycodone 90 MME"));

        Assert.True(body.GetProperty("semantic").GetProperty("used").GetBoolean());
        var concepts = body.GetProperty("interpretation").GetProperty("concepts").EnumerateArray().Select(c => c.GetProperty("id").GetString());
        Assert.Contains("opioid-tapering", concepts);
        var top = body.GetProperty("hits")[0];
        var snippet = top.GetProperty("snippet").GetString()!;
        Assert.Contains("<mark>taper", snippet, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("oxycodone", snippet, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("alcohol", top.GetProperty("title").GetString()!, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("alcohol", snippet, StringComparison.OrdinalIgnoreCase);
    }
}
