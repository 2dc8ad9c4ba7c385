using System.Net.Http.Json;
using System.Text.Json;

namespace CaseGraph.Api.Tests;

/// <summary>
/// Issue 21, items 3 and 4, over the bundled corpus on Kestrel: "did you mean" for misspelt drugs, autocomplete ranked
/// by concept weight with brands shown with their generic, and "tapering oxycodone 90 MME" read as an intervention and a dose.
/// </summary>
[Collection(BundledKestrelCollection.Name)]
public class QueryReadingApiTests(BundledKestrelFactory factory)
{
    private async Task<JsonElement> SearchAsync(string q)
    {
        using var client = factory.Client(SecuredApiFactory.ClinicianKey);
        return await client.GetFromJsonAsync<JsonElement>($"/api/search?q={Uri.EscapeDataString(q)}&limit=10");
    }

    private async Task<List<JsonElement>> SuggestAsync(string q)
    {
        using var client = factory.Client(SecuredApiFactory.ClinicianKey);
        return (await client.GetFromJsonAsync<JsonElement>($"/api/concepts?q={Uri.EscapeDataString(q)}&limit=8")).EnumerateArray().ToList();
    }

    [Theory]
    [InlineData("bupenorphine", "buprenorphine", "buprenorphine")]
    [InlineData("suboxon", "Suboxone", "buprenorphine-naloxone")]
    [InlineData("naloxon", "naloxone", "naloxone")]
    [InlineData("fentanil", "fentanyl", "fentanyl")]
    public async Task A_misspelt_drug_gets_a_did_you_mean_that_finds_it(string typed, string suggested, string concept)
    {
        var body = await SearchAsync(typed);

        var suggestion = body.GetProperty("suggestion");
        Assert.Equal(suggested, suggestion.GetProperty("query").GetString());
        var term = Assert.Single(suggestion.GetProperty("terms").EnumerateArray());
        Assert.Equal(typed, term.GetProperty("typed").GetString());
        Assert.Equal(concept, term.GetProperty("concept").GetProperty("id").GetString());

        var corrected = await SearchAsync(suggested);
        Assert.True(corrected.GetProperty("total").GetInt32() > 0, "the corrected query finds documents");
        Assert.Equal(JsonValueKind.Null, corrected.GetProperty("suggestion").ValueKind);
    }

    [Fact]
    public async Task Only_the_misspelt_word_of_a_longer_query_is_corrected()
    {
        var body = await SearchAsync("fentanil overdose naloxone");
        Assert.Equal("fentanyl overdose naloxone", body.GetProperty("suggestion").GetProperty("query").GetString());
    }

    [Theory]
    [InlineData("buprenorphine")]
    [InlineData("Suboxone induction")]
    [InlineData("tapering oxycodone 90 MME")]
    [InlineData("naloxone for fentanyl overdose")]
    public async Task A_correctly_spelt_query_with_hits_gets_no_suggestion(string q)
    {
        var body = await SearchAsync(q);
        Assert.True(body.GetProperty("total").GetInt32() > 0);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("suggestion").ValueKind);
    }

    [Fact]
    public async Task Autocomplete_for_bup_puts_buprenorphine_first_and_shows_a_brand_with_its_generic()
    {
        var suggestions = await SuggestAsync("bup");

        Assert.Equal("buprenorphine", suggestions[0].GetProperty("id").GetString());
        var weights = suggestions.Select(s => s.GetProperty("weight").GetInt32()).ToList();
        Assert.True(weights[0] > suggestions.Single(s => s.GetProperty("id").GetString() == "bupropion").GetProperty("weight").GetInt32());
        var bupap = suggestions.Single(s => s.GetProperty("matchedTerm").GetString() == "Bupap");
        Assert.Equal($"Bupap ({bupap.GetProperty("name").GetString()})", bupap.GetProperty("label").GetString());
        // names starting with "bup" come before the brand
        Assert.True(suggestions.IndexOf(bupap) > suggestions.FindIndex(s => s.GetProperty("id").GetString() == "bupropion"));
    }

    [Theory]
    [InlineData("Perc", "Percocet (oxycodone-acetaminophen)")]
    [InlineData("percs", "Percocet (oxycodone-acetaminophen)")]
    public async Task Autocomplete_shows_a_brand_never_the_slang_that_found_it(string typed, string label)
    {
        var first = (await SuggestAsync(typed))[0];
        Assert.Equal(label, first.GetProperty("label").GetString());
        Assert.Equal("Percocet", first.GetProperty("matchedTerm").GetString());
        Assert.DoesNotContain("percs", first.GetProperty("label").GetString());
    }

    [Fact]
    public async Task Tapering_oxycodone_90_mme_reads_the_taper_and_the_dose_and_finds_an_opioid_taper_first()
    {
        var body = await SearchAsync("tapering oxycodone 90 MME");

        var interpretation = body.GetProperty("interpretation");
        var concepts = interpretation.GetProperty("concepts").EnumerateArray().Select(c => c.GetProperty("id").GetString()).ToList();
        Assert.Contains("oxycodone", concepts);
        Assert.Contains("opioid-tapering", concepts);
        var mme = interpretation.GetProperty("mme");
        Assert.Equal(90, mme.GetProperty("mme").GetDouble());
        Assert.Equal("90+", mme.GetProperty("band").GetString());
        Assert.Equal("90 MME", mme.GetProperty("text").GetString());

        var top = body.GetProperty("hits")[0];
        var topConcepts = top.GetProperty("concepts").EnumerateArray().Select(c => c.GetProperty("id").GetString()).ToList();
        Assert.Contains("opioid-tapering", topConcepts);
        Assert.Contains("oxycodone", topConcepts);
        Assert.DoesNotContain("alcohol", top.GetProperty("title").GetString()!, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("alcohol", top.GetProperty("snippet").GetString()!, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("oxycodone MME>=90", 90)]
    [InlineData("oxycodone 90 morphine milligram equivalents", 90)]
    [InlineData("methadone 60 mg MME/day", 60)]
    public async Task Other_spellings_of_a_daily_mme_are_read_too(string q, double mme)
    {
        var body = await SearchAsync(q);
        Assert.Equal(mme, body.GetProperty("interpretation").GetProperty("mme").GetProperty("mme").GetDouble());
    }

    [Fact]
    public async Task The_mme_read_ranks_its_band_first_without_filtering()
    {
        var plain = await SearchAsync("oxycodone");
        var withDose = await SearchAsync("oxycodone 90 MME");
        Assert.True(withDose.GetProperty("total").GetInt32() >= plain.GetProperty("total").GetInt32(), "nothing is filtered out");
        Assert.Equal(JsonValueKind.Null, plain.GetProperty("interpretation").GetProperty("mme").ValueKind);
    }
}
