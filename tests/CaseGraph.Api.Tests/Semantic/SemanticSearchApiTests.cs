using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaseGraph.Tests.Shared;

namespace CaseGraph.Api.Tests.Semantic;

/// <summary>Search by meaning through the real host: the worker embeds the corpus, every question is fused with it, and "why it matched" shows the sentence.</summary>
public class SemanticSearchApiTests(SemanticApiFactory factory) : IClassFixture<SemanticApiFactory>
{
    private HttpClient Faculty => factory.Client(SecuredApiFactory.FacultyKey);

    private static void AssertMeaningCoveredAll(JsonElement response)
    {
        var semantic = response.GetProperty("semantic");
        Assert.True(semantic.GetProperty("used").GetBoolean());
        Assert.False(semantic.GetProperty("partial").GetBoolean());
        Assert.Equal(semantic.GetProperty("total").GetInt32(), semantic.GetProperty("embedded").GetInt32());
        Assert.True(semantic.GetProperty("total").GetInt32() >= TestCorpus.Cases.Count);
    }

    [Theory]
    [InlineData("tooth removed; person maintained on sublingual film reports soreness", "case-o02")] // dental extraction on Suboxone
    [InlineData("former schoolteacher who keeps tripping and falling, using two sedating drugs", "case-t03")] // retired teacher, falls, oxycodone + clonazepam
    public async Task A_question_sharing_no_word_with_a_case_finds_it_by_meaning_with_the_sentence_that_carried_it(string question, string expected)
    {
        var body = await Faculty.GetFromJsonAsync<JsonElement>("/api/search?kind=case&q=" + Uri.EscapeDataString(question));

        AssertMeaningCoveredAll(body);
        var hits = body.GetProperty("hits").EnumerateArray().ToList();
        Assert.All(hits, h =>
        {
            var meaning = h.GetProperty("meaning"); // no word in common: meaning alone found every hit
            Assert.InRange(meaning.GetProperty("similarity").GetDouble(), 0.01, 1.0);
            Assert.False(string.IsNullOrWhiteSpace(meaning.GetProperty("sentence").GetString()));
        });
        Assert.Equal(expected, hits[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Pasted_text_of_500_words_with_quotes_brackets_and_urls_is_answered_by_search_and_by_similar_cases()
    {
        var messy = string.Join(" ", Enumerable.Repeat(
            "Pt (58F) \"really struggling\" w/ chronic LBP [on oxycodone 30mg tid x 6 yrs] + Xanax qhs; see https://example.org/taper?x=1 -- wants to taper!!", 25));
        Assert.True(messy.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 500);

        var search = await Faculty.GetAsync("/api/search?q=" + Uri.EscapeDataString(messy));
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        var searched = await search.Content.ReadFromJsonAsync<JsonElement>();
        AssertMeaningCoveredAll(searched);
        Assert.NotEmpty(searched.GetProperty("hits").EnumerateArray());

        var similar = await Faculty.PostAsJsonAsync("/api/cases/similar", new { text = messy, limit = 5 });
        Assert.Equal(HttpStatusCode.OK, similar.StatusCode);
        var found = await similar.Content.ReadFromJsonAsync<JsonElement>();
        AssertMeaningCoveredAll(found);
        Assert.Equal("case-t01", found.GetProperty("similar")[0].GetProperty("caseId").GetString());
    }

    [Fact]
    public async Task Similar_cases_by_id_and_recommendations_use_meaning_too()
    {
        var similar = await Faculty.GetFromJsonAsync<JsonElement>("/api/cases/case-t01/similar");
        AssertMeaningCoveredAll(similar);
        var cases = similar.GetProperty("similar").EnumerateArray().ToList();
        Assert.DoesNotContain(cases, c => c.GetProperty("caseId").GetString() == "case-t01");
        Assert.Contains(cases, c => c.GetProperty("meaning").ValueKind == JsonValueKind.Object);

        var recommendations = await Faculty.GetFromJsonAsync<JsonElement>("/api/recommendations?medication=buprenorphine&q=" +
            Uri.EscapeDataString("tooth pulled, how to manage the pain"));
        AssertMeaningCoveredAll(recommendations);
        Assert.NotEmpty(recommendations.GetProperty("hits").EnumerateArray());
    }

    [Fact]
    public async Task Clinicians_and_researchers_never_get_the_case_sentence_that_matched_in_meaning()
    {
        const string question = "/api/search?kind=case&q=lady+on+painkillers+a+long+time+would+like+to+come+off+them+gradually";
        foreach (var key in new[] { SecuredApiFactory.ClinicianKey, SecuredApiFactory.ResearcherKey })
        {
            var response = await factory.Client(key).GetAsync(question);
            if (response.StatusCode == HttpStatusCode.Forbidden) continue; // a role without search never sees a case at all
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            var meanings = body.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("meaning"))
                .Where(m => m.ValueKind == JsonValueKind.Object).ToList();
            Assert.NotEmpty(meanings);
            Assert.All(meanings, m => Assert.Equal(JsonValueKind.Null, m.GetProperty("sentence").ValueKind));
        }
        var similar = await factory.Client(SecuredApiFactory.ClinicianKey).GetFromJsonAsync<JsonElement>("/api/cases/case-t01/similar");
        Assert.All(similar.GetProperty("similar").EnumerateArray().Select(c => c.GetProperty("meaning")).Where(m => m.ValueKind == JsonValueKind.Object),
            m => Assert.Equal(JsonValueKind.Null, m.GetProperty("sentence").ValueKind));
    }

    [Fact]
    public async Task Health_reports_the_embedded_share_of_the_archive()
    {
        var health = await factory.Client(SecuredApiFactory.FacultyKey).GetFromJsonAsync<JsonElement>("/health");
        var semantic = health.GetProperty("semantic");
        Assert.Equal(semantic.GetProperty("total").GetInt32(), semantic.GetProperty("embedded").GetInt32());
        Assert.Equal(1.0, semantic.GetProperty("coverage").GetDouble(), 3);
    }
}
