using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace CaseGraph.Api.Tests;

/// <summary>What a researcher can take away (trends as JSON, CSV and SVG, discovered themes) never holds case text.</summary>
[Collection(BundledKestrelCollection.Name)]
public partial class ResearcherExportTests(BundledKestrelFactory factory)
{
    private const int ShingleWords = 6;

    [Theory]
    [InlineData("/api/topics/trends?interval=quarter&format=json")]
    [InlineData("/api/topics/trends?interval=year&format=csv")]
    [InlineData("/api/topics/trends?interval=quarter&format=svg")]
    [InlineData("/api/concepts/trends?concepts=fentanyl,xylazine&interval=year&format=json")]
    [InlineData("/api/concepts/trends?concepts=buprenorphine,naloxone&interval=quarter&format=csv")]
    [InlineData("/api/concepts/trends?concepts=buprenorphine&interval=year&format=svg")]
    [InlineData("/api/topics/discovered?themes=4&words=30")]
    public async Task A_researcher_export_contains_no_run_of_case_text(string url)
    {
        using var client = factory.Client(SecuredApiFactory.ResearcherKey);
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(Numbers().Matches(body).Any(m => int.Parse(m.Value) > 10) || url.Contains("discovered"),
            "the export has real (unsuppressed) content to check");

        var caseText = CaseTextShingles();
        var words = Words(body);
        for (var i = 0; i + ShingleWords <= words.Count; i++)
        {
            var run = string.Join(' ', words.Skip(i).Take(ShingleWords));
            Assert.False(caseText.Contains(run), $"'{run}' from a case's text is in the export {url}");
        }
    }

    [Fact]
    public async Task The_check_finds_case_text_where_there_is_some()
    {
        using var client = factory.Client(SecuredApiFactory.FacultyKey);
        var words = Words(await client.GetStringAsync("/api/cases/case-0001"));
        var shingles = CaseTextShingles();
        Assert.Contains(Enumerable.Range(0, words.Count - ShingleWords).Select(i => string.Join(' ', words.Skip(i).Take(ShingleWords))), shingles.Contains);
    }

    /// <summary>Every run of six words in the bundled cases' summaries, questions and recommendations.</summary>
    private static HashSet<string> CaseTextShingles()
    {
        var shingles = new HashSet<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(BundledKestrelFactory.BundledCorpus, "cases"), "*.json", SearchOption.AllDirectories))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            var root = document.RootElement;
            var texts = new List<string> { root.GetProperty("summary").GetString()! };
            texts.AddRange(root.GetProperty("questions").EnumerateArray().Select(q => q.GetString()!));
            texts.AddRange(root.GetProperty("recommendations").EnumerateArray().Select(r => r.GetProperty("text").GetString()!));
            foreach (var words in texts.Select(Words))
                for (var i = 0; i + ShingleWords <= words.Count; i++) shingles.Add(string.Join(' ', words.Skip(i).Take(ShingleWords)));
        }
        Assert.True(shingles.Count > 10_000);
        return shingles;
    }

    private static List<string> Words(string text) => WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToList();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"(?<![\w.])\d+(?![\w.])")]
    private static partial Regex Numbers();
}
