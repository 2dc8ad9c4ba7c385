using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaseGraph.Core.Access;
using CaseGraph.Core.Corpus;

namespace CaseGraph.Api.Tests;

/// <summary>Issue 21 on Kestrel over the bundled corpus: citations on guideline hits, the passage endpoint, sort by date,
/// paging without duplicates and the CSV export of a result list.</summary>
[Collection(BundledKestrelCollection.Name)]
public class SearchCitationsApiTests(BundledKestrelFactory factory)
{
    private const string CdcUrl = "https://www.cdc.gov/mmwr/volumes/71/rr/rr7103a1.htm";

    private HttpClient Faculty() => factory.Client(SecuredApiFactory.FacultyKey);

    private static List<JsonElement> Hits(JsonElement body) => [.. body.GetProperty("hits").EnumerateArray()];

    private static string? Str(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    [Fact]
    public async Task Guideline_hits_carry_source_section_and_the_link_date_and_grade_the_corpus_gives()
    {
        using var client = Faculty();
        var hits = Hits(await client.GetFromJsonAsync<JsonElement>("/api/search?q=naloxone&kind=guideline&limit=100"));

        Assert.NotEmpty(hits);
        Assert.All(hits, h =>
        {
            var citation = h.GetProperty("citation");
            Assert.False(string.IsNullOrWhiteSpace(Str(citation, "source")));
            Assert.False(string.IsNullOrWhiteSpace(Str(citation, "section")));
            Assert.True(Str(citation, "url") is null || CitationFields.IsWebAddress(Str(citation, "url")));
            Assert.Equal(Str(citation, "published"), Str(h, "date"));
        });
        var r8 = hits.Single(h => Str(h, "id") == "cdc2022-r08").GetProperty("citation");
        Assert.Equal(("Recommendation 8", CdcUrl, "2022-11-04", "Recommendation category A; evidence type 4"),
            (Str(r8, "section"), Str(r8, "url"), Str(r8, "published"), Str(r8, "grade")));
    }

    [Fact]
    public async Task Case_and_recommendation_hits_carry_the_presentation_month_and_setting_and_no_citation()
    {
        using var client = Faculty();
        var hits = Hits(await client.GetFromJsonAsync<JsonElement>("/api/search?q=buprenorphine&limit=100"))
            .Where(h => Str(h, "kind") is "case" or "recommendation").ToList();

        Assert.NotEmpty(hits);
        Assert.All(hits, h =>
        {
            Assert.Matches(CaseParser.YearMonthPattern(), Str(h, "date")!);
            Assert.Contains(Str(h, "setting")!, CaseParser.Settings);
            Assert.Equal(JsonValueKind.Null, h.GetProperty("citation").ValueKind);
        });
    }

    [Theory]
    [InlineData(Role.Faculty)]
    [InlineData(Role.Clinician)]
    [InlineData(Role.Researcher)]
    public async Task Every_role_reads_a_passage_with_its_citation(Role role)
    {
        using var client = factory.Client(SecuredApiFactory.KeyOf(role));
        var passage = await client.GetFromJsonAsync<JsonElement>("/api/passages/cdc2022-r01");

        Assert.Equal("Nonopioid therapies first for acute pain", Str(passage, "title"));
        Assert.StartsWith("For acute pain", Str(passage, "text"));
        var citation = passage.GetProperty("citation");
        Assert.Equal(("Recommendation 1", CdcUrl, "2022-11-04", "Recommendation category B; evidence type 3"),
            (Str(citation, "section"), Str(citation, "url"), Str(citation, "published"), Str(citation, "grade")));
    }

    [Theory]
    [InlineData("/api/passages/no-such-passage")]
    [InlineData("/api/passages/case-0001")] // a case is not a passage
    public async Task An_unknown_passage_is_a_404_problem_that_does_not_repeat_the_id(string url)
    {
        using var client = Faculty();
        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain(url[(url.LastIndexOf('/') + 1)..], await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/api/search?q=naloxone&sort=date&limit=100")]
    [InlineData("/api/search?q=opioid&kind=guideline&sort=date&limit=100")] // guidance dated and undated
    public async Task Sort_by_date_lists_newest_first_undated_last_with_ties_by_id_and_the_same_order_every_time(string url)
    {
        using var client = Faculty();
        var body = await client.GetFromJsonAsync<JsonElement>(url);
        var hits = Hits(body).Select(h => (Date: Str(h, "date"), Id: Str(h, "id")!)).ToList();

        Assert.Equal(Math.Min(100, body.GetProperty("total").GetInt32()), hits.Count);
        for (var i = 1; i < hits.Count; i++)
        {
            var (before, after) = (hits[i - 1], hits[i]);
            // > 0: "before" is newer (or "after" has no date); 0: the same date, or neither has one
            var newer = after.Date is null ? (before.Date is null ? 0 : 1) : before.Date is null ? -1 : string.CompareOrdinal(before.Date, after.Date);
            Assert.True(newer > 0 || (newer == 0 && string.CompareOrdinal(before.Id, after.Id) < 0), $"{before} then {after}");
        }
        Assert.Contains(hits, h => h.Date is not null);
        Assert.True(!url.Contains("guideline", StringComparison.Ordinal) || hits.Any(h => h.Date is null), "no undated passage to place");
        var again = Hits(await client.GetFromJsonAsync<JsonElement>(url)).Select(h => Str(h, "id")).ToList();
        Assert.Equal(hits.Select(h => h.Id), again);
    }

    [Fact]
    public async Task An_unknown_sort_is_a_400_problem_listing_the_allowed_values()
    {
        using var client = Faculty();
        using var response = await client.GetAsync("/api/search?q=naloxone&sort=newest");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("sort must be one of relevance, date", problem.GetProperty("errors").GetProperty("sort")[0].GetString());
    }

    [Theory]
    [InlineData("relevance")]
    [InlineData("date")]
    public async Task Paging_through_every_result_gives_each_hit_once_and_the_same_total(string sort)
    {
        using var client = Faculty();
        var ids = new List<string>();
        var totals = new HashSet<int>();
        for (var offset = 0; ; offset += 20)
        {
            var body = await client.GetFromJsonAsync<JsonElement>($"/api/search?q=naloxone&sort={sort}&limit=20&offset={offset}");
            totals.Add(body.GetProperty("total").GetInt32());
            var page = Hits(body).Select(h => Str(h, "id")!).ToList();
            ids.AddRange(page);
            if (page.Count < 20) break;
        }

        var total = Assert.Single(totals);
        Assert.True(total > 40, $"only {total} results: too few pages to test");
        Assert.Equal(total, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public async Task The_csv_export_lists_the_same_hits_as_the_search_with_citation_columns()
    {
        using var client = Faculty();
        var json = Hits(await client.GetFromJsonAsync<JsonElement>("/api/search?q=naloxone&sort=date&limit=100"));
        using var response = await client.GetAsync("/api/search.csv?q=naloxone&sort=date&limit=100");
        var lines = (await response.Content.ReadAsStringAsync()).TrimEnd('\n').Split('\n');

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("id,kind,title,date,setting,source,section,url,score", lines[0]);
        Assert.Equal(json.Select(h => Str(h, "id")), lines.Skip(1).Select(l => l.Split(',')[0]));
        Assert.Contains(lines, l => l.StartsWith("cdc2022-r08,guideline,", StringComparison.Ordinal) && l.Contains($",2022-11-04,,", StringComparison.Ordinal)
            && l.Contains($",Recommendation 8,{CdcUrl},", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Split(',')[1] == "case");
    }

    [Fact]
    public async Task The_csv_export_holds_every_result_up_to_its_cap()
    {
        using var client = Faculty();
        var total = (await client.GetFromJsonAsync<JsonElement>("/api/search?q=opioid&limit=1")).GetProperty("total").GetInt32();
        var lines = (await client.GetStringAsync("/api/search.csv?q=opioid")).TrimEnd('\n').Split('\n');

        Assert.True(total > 100, $"only {total} results");
        Assert.Equal(Math.Min(total, Core.Search.SearchCsv.MaxRows), lines.Length - 1);
    }

    [Theory]
    [InlineData("/api/search.csv?q=naloxone&limit=1001", "limit")]
    [InlineData("/api/search.csv?q=naloxone&sort=score", "sort")]
    [InlineData("/api/search.csv?q=naloxone&setting=moon", "setting")]
    public async Task A_bad_export_parameter_is_a_400_problem(string url, string field)
    {
        using var client = Faculty();
        using var response = await client.GetAsync(url);
        await Problems.AssertValidationProblemAsync(response, field);
    }

    [Fact]
    public async Task Researchers_get_no_search_export_and_clinicians_get_titles_but_no_text()
    {
        using var researcher = factory.Client(SecuredApiFactory.ResearcherKey);
        using var refused = await researcher.GetAsync("/api/search.csv?q=naloxone");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.DoesNotContain("case-", await refused.Content.ReadAsStringAsync());

        using var clinician = factory.Client(SecuredApiFactory.ClinicianKey);
        var csv = await clinician.GetStringAsync("/api/search.csv?q=naloxone&kind=case&limit=5");
        var summary = (await Faculty().GetFromJsonAsync<JsonElement>("/api/search?q=naloxone&kind=case&limit=5"));
        Assert.Equal(6, csv.TrimEnd('\n').Split('\n').Length);
        Assert.All(Hits(summary), h => Assert.DoesNotContain(Str(h, "snippet")!.Replace("<mark>", "").Replace("</mark>", "")[..20], csv));
    }
}
