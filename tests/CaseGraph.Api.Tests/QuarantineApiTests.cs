using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CaseGraph.Api.Tests;

/// <summary>The secured API over a corpus with one case holding a name and a phone number, which the worker holds back.</summary>
public sealed class QuarantineApiFactory : SecuredApiFactory
{
    public override Task InitializeAsync()
    {
        Corpus.WriteCase("case-p01", "Mrs. Lopez, reachable at (503) 555-0142, has chronic low back pain on oxycodone.",
            "How fast can we taper?", "oxycodone", "Taper slowly.", "tapering");
        return base.InitializeAsync();
    }
}

public class QuarantineApiTests(QuarantineApiFactory factory) : IClassFixture<QuarantineApiFactory>
{
    [Fact]
    public async Task Faculty_get_what_is_held_by_id_kind_field_and_offsets_without_the_identifiers_and_it_is_audited()
    {
        var response = await factory.Client(SecuredApiFactory.FacultyKey).GetAsync("/api/quarantine");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("Lopez", body);
        Assert.DoesNotContain("555-0142", body);
        var list = JsonDocument.Parse(body).RootElement;
        Assert.Equal(1, list.GetProperty("held").GetInt32());
        var record = Assert.Single(list.GetProperty("records").EnumerateArray());
        Assert.Equal(("case-p01", "case"), (record.GetProperty("id").GetString(), record.GetProperty("kind").GetString()));
        var findings = record.GetProperty("findings").EnumerateArray().ToList();
        Assert.Equal(["name", "phone"], findings.Select(f => f.GetProperty("kind").GetString()).Order());
        Assert.All(findings, f =>
        {
            Assert.Equal("summary", f.GetProperty("field").GetString());
            Assert.True(f.GetProperty("end").GetInt32() > f.GetProperty("start").GetInt32());
        });

        var health = await factory.Client(SecuredApiFactory.FacultyKey).GetFromJsonAsync<JsonElement>("/health");
        Assert.Equal(1, health.GetProperty("quarantine").GetProperty("records").GetInt32());
        var audit = await factory.Client(SecuredApiFactory.FacultyKey).GetFromJsonAsync<JsonElement>("/api/audit?limit=100");
        Assert.Contains(audit.GetProperty("entries").EnumerateArray(), e => e.GetProperty("route").GetString() == "/api/quarantine"
            && e.GetProperty("recordIds").EnumerateArray().Select(i => i.GetString()).SequenceEqual(["case-p01"]));
    }

    [Theory]
    [InlineData("clinician")]
    [InlineData("researcher")]
    public async Task Clinicians_and_researchers_get_403(string role)
    {
        var key = role == "clinician" ? SecuredApiFactory.ClinicianKey : SecuredApiFactory.ResearcherKey;

        var response = await factory.Client(key).GetAsync("/api/quarantine");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("case-p01", await response.Content.ReadAsStringAsync());
    }
}
