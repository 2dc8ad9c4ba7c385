using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CaseGraph.Api.Tests;

[Collection(ReadOnlyApiCollection.Name)]
public class PhiApiTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Scan_returns_kinds_and_character_offsets_and_leaves_drugs_and_doses_alone()
    {
        const string text = "Mr. Okafor takes oxycodone 10 mg q6h (60 MME/day); call 503-555-0142.";

        var response = await _client.PostAsJsonAsync("/api/phi/scan", new { text });
        var findings = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("findings").EnumerateArray()
            .Select(f => (f.GetProperty("kind").GetString(), text[f.GetProperty("start").GetInt32()..f.GetProperty("end").GetInt32()])).ToList();

        Assert.Equal([("name", "Okafor"), ("phone", "503-555-0142")], findings);
    }

    [Fact]
    public async Task Each_finding_says_how_sure_it_is()
    {
        var findings = await Scan(_client, "Dr. Okafor called from 0161 496 0920; write to okafor@example.org.");

        Assert.Equal([("name", 0.9), ("phone", 0.6), ("email", 0.98)], findings.Select(f => (f.Kind, f.Confidence)));
    }

    [Fact]
    public async Task The_gate_threshold_is_a_setting_the_scan_follows()
    {
        await using var strict = new MisconfiguredApiFactory(new Dictionary<string, string> { ["CaseGraph:Screen:Threshold"] = "0.95" });
        try
        {
            await strict.InitializeAsync();
            var findings = await Scan(strict.CreateClient(), "Dr. Okafor called from 0161 496 0920; write to okafor@example.org.");

            Assert.Equal(["email"], findings.Select(f => f.Kind));
        }
        finally
        {
            strict.Corpus.Dispose();
        }
    }

    private static async Task<List<(string Kind, double Confidence)>> Scan(HttpClient client, string text)
    {
        var response = await client.PostAsJsonAsync("/api/phi/scan", new { text });
        response.EnsureSuccessStatusCode();
        return [.. (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("findings").EnumerateArray()
            .Select(f => (f.GetProperty("kind").GetString()!, f.GetProperty("confidence").GetDouble()))];
    }

    [Fact]
    public async Task A_missing_or_oversized_text_is_a_400()
    {
        Assert.Equal(HttpStatusCode.BadRequest, (await _client.PostAsJsonAsync("/api/phi/scan", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await _client.PostAsJsonAsync("/api/phi/scan", new { text = new string('a', 20_001) })).StatusCode);
    }
}
