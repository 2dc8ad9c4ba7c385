using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaseGraph.Api.Auditing;
using CaseGraph.Core.Access;
using CaseGraph.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace CaseGraph.Api.Tests.Security;

/// <summary>The access audit log (who, when, which endpoint, which records) and case text kept to faculty (finding 8:
/// a clinician rebuilt a case summary from the snippets of 700 one-word searches).</summary>
public class AuditAndRedactionTests(SecuredApiFactory factory) : IClassFixture<SecuredApiFactory>
{
    [Fact]
    public async Task Every_api_request_is_audited_with_caller_route_status_and_the_records_it_gave_out_and_faculty_can_read_it()
    {
        var marker = "xylazine" + Guid.NewGuid().ToString("N")[..6];
        var search = await factory.Client(SecuredApiFactory.ClinicianKey).GetFromJsonAsync<JsonElement>("/api/search?q=buprenorphine&limit=5");
        var hitIds = search.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!).ToList();
        Assert.NotEmpty(hitIds);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.Client().GetAsync($"/api/search?q={marker}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await factory.Client(SecuredApiFactory.ResearcherKey).GetAsync("/api/audit")).StatusCode);

        var page = await factory.Client(SecuredApiFactory.FacultyKey).GetFromJsonAsync<JsonElement>("/api/audit?limit=100");
        var entries = page.GetProperty("entries").EnumerateArray().ToList();
        var searched = entries.First(e => e.GetProperty("caller").GetString() == "clinician-test" && e.GetProperty("route").GetString() == "/api/search");
        Assert.Equal(200, searched.GetProperty("status").GetInt32());
        Assert.Equal("clinician", searched.GetProperty("role").GetString());
        Assert.Equal(hitIds, searched.GetProperty("recordIds").EnumerateArray().Select(i => i.GetString()));
        Assert.Contains(entries, e => e.GetProperty("caller").GetString() == "unauthenticated" && e.GetProperty("status").GetInt32() == 401);
        Assert.Contains(entries, e => e.GetProperty("caller").GetString() == "researcher-test" && e.GetProperty("route").GetString() == "/api/audit"
            && e.GetProperty("status").GetInt32() == 403);

        // Kept apart from the request log, in daily files, and never with the query text.
        var files = factory.Services.GetRequiredService<AuditLog>().Files;
        Assert.StartsWith(factory.Corpus.IndexesDir, files.Folder);
        var written = string.Concat(Directory.GetFiles(files.Folder, "audit-*.jsonl").Select(File.ReadAllText));
        Assert.Contains("clinician-test", written);
        Assert.DoesNotContain(marker, written);
    }

    [Fact]
    public async Task Clinicians_get_no_case_summary_snippets_while_faculty_do()
    {
        var word = TestCorpus.Cases[0].Summary.Split(' ').First(w => w.Length > 6 && w.All(char.IsLetter));
        var asFaculty = await factory.Client(SecuredApiFactory.FacultyKey).GetFromJsonAsync<JsonElement>($"/api/search?q={word}&kind=case");
        var asClinician = await factory.Client(SecuredApiFactory.ClinicianKey).GetFromJsonAsync<JsonElement>($"/api/search?q={word}&kind=case");
        static List<string> Snippets(JsonElement r) => r.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("snippet").GetString()!).ToList();
        Assert.Contains(Snippets(asFaculty), s => s.Length > 0);
        Assert.Equal(Snippets(asFaculty).Count, Snippets(asClinician).Count);
        Assert.All(Snippets(asClinician), s => Assert.Equal("", s));

        var similar = await factory.Client(SecuredApiFactory.ClinicianKey).GetFromJsonAsync<JsonElement>($"/api/cases/{TestCorpus.Cases[0].Id}/similar");
        Assert.All(similar.GetProperty("similar").EnumerateArray(), s => Assert.Equal(JsonValueKind.Null, s.GetProperty("snippet").ValueKind));
        var recommendations = await factory.Client(SecuredApiFactory.ClinicianKey).GetFromJsonAsync<JsonElement>("/api/recommendations?medication=buprenorphine");
        Assert.Contains(recommendations.GetProperty("hits").EnumerateArray(), h => h.GetProperty("snippet").GetString()!.Length > 0);
    }

    [Fact]
    public void Audit_files_roll_over_by_size_and_day_and_expire_after_the_retention()
    {
        using var corpus = new TestCorpus();
        var files = new AuditFiles(Path.Combine(corpus.Root, "audit"), maxFileBytes: 4096, retainDays: 30);
        var day = new DateTimeOffset(2026, 12, 6, 10, 0, 0, TimeSpan.Zero);
        AuditEntry Entry(DateTimeOffset at, int i) => new(at, "alice", Role.Faculty.ToSlug(), "GET", "/api/search", 200, [$"case-{i:0000}"], $"req-{i}");
        for (var i = 0; i < 100; i++) files.Append([Entry(day.AddSeconds(i), i)]);
        files.Append([Entry(day.AddDays(-40), 999)]);

        var names = Directory.GetFiles(files.Folder).Select(Path.GetFileName).Order().ToList();
        Assert.Contains("audit-2026-12-06.jsonl", names);
        Assert.Contains("audit-2026-12-06.1.jsonl", names);
        Assert.Contains("audit-2026-10-27.jsonl", names);
        Assert.Equal(Enumerable.Range(0, 100).Select(i => $"req-{i}"), files.Read(DateOnly.FromDateTime(day.UtcDateTime)).Select(e => e.RequestId));

        var expired = files.DeleteExpired(day);
        Assert.Equal(["audit-2026-10-27.jsonl"], expired.Select(Path.GetFileName));
        Assert.Equal(100, files.Read(new DateOnly(2026, 12, 6)).Count());
    }
}
