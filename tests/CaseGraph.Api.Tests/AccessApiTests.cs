using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaseGraph.Core.Access;
using CaseGraph.Api.Hosting;
using CaseGraph.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace CaseGraph.Api.Tests;

public class AccessApiTests(SecuredApiFactory factory) : IClassFixture<SecuredApiFactory>
{
    private static readonly string CaseId = TestCorpus.Cases[0].Id;

    /// <summary>Every endpoint of the OpenAPI document with a request that succeeds, and who may call it.</summary>
    private static readonly (string Method, string Template, string Url, object? Body, AccessLevel Level)[] Endpoints =
    [
        ("GET", "/api/search", "/api/search?q=buprenorphine", null, AccessLevel.Clinical),
        ("GET", "/api/search.csv", "/api/search.csv?q=buprenorphine", null, AccessLevel.Clinical),
        ("GET", "/api/passages/{id}", "/api/passages/g-taper", null, AccessLevel.AnyRole),
        ("GET", "/api/cases/{id}", $"/api/cases/{CaseId}", null, AccessLevel.FacultyOnly),
        ("POST", "/api/cases/similar", "/api/cases/similar", new { text = "Back pain on oxycodone, asking about buprenorphine." }, AccessLevel.Clinical),
        ("GET", "/api/cases/{id}/similar", $"/api/cases/{CaseId}/similar", null, AccessLevel.Clinical),
        ("GET", "/api/recommendations", "/api/recommendations?medication=buprenorphine", null, AccessLevel.Clinical),
        ("GET", "/api/concepts", "/api/concepts?q=bup", null, AccessLevel.AnyRole),
        ("POST", "/api/concepts/extract", "/api/concepts/extract", new { text = "Takes oxycodone 10 mg BID." }, AccessLevel.AnyRole),
        ("GET", "/api/concepts/trends", "/api/concepts/trends?concepts=buprenorphine", null, AccessLevel.Aggregates),
        ("GET", "/api/topics/trends", "/api/topics/trends", null, AccessLevel.Aggregates),
        ("GET", "/api/topics/discovered", "/api/topics/discovered?themes=2&words=4", null, AccessLevel.Aggregates),
        ("POST", "/api/phi/scan", "/api/phi/scan", new { text = "Seen in clinic in May." }, AccessLevel.Clinical),
        ("GET", "/health", "/health", null, AccessLevel.FacultyOnly),
        ("GET", "/api/audit", "/api/audit", null, AccessLevel.FacultyOnly),
        ("GET", "/api/quarantine", "/api/quarantine", null, AccessLevel.FacultyOnly),
        ("GET", "/api/me", "/api/me", null, AccessLevel.AnyRole),
    ];

    /// <summary>Drill-downs to the cases behind a trend cell: every cell of the small test corpus is hidden, so an
    /// authorised caller gets past the role check to a 400 about the hidden cell; others get the 403.</summary>
    private static readonly (string Template, string Url)[] HiddenCellDrillDowns =
    [
        ("/api/topics/trends/cases", "/api/topics/trends/cases?topic=tapering&period=2022-Q2"),
        ("/api/concepts/trends/cases", "/api/concepts/trends/cases?concepts=buprenorphine&series=buprenorphine&period=2022"),
    ];

    private static readonly string[] Probes = ["/health/live", "/health/ready"];

    [Fact]
    public async Task Only_faculty_get_past_the_role_check_of_the_drill_downs()
    {
        foreach (var role in Enum.GetValues<Role>())
        {
            using var client = factory.Client(SecuredApiFactory.KeyOf(role));
            foreach (var (_, url) in HiddenCellDrillDowns)
            {
                using var response = await client.GetAsync(url);
                if (AccessLevel.FacultyOnly.Allowed().Contains(role)) await Problems.AssertValidationProblemAsync(response, "period");
                else
                {
                    Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
                    Assert.Contains(role.ToSlug(), (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
                }
            }
        }
    }

    [Fact]
    public async Task Each_role_reaches_exactly_its_endpoints_and_gets_403_elsewhere()
    {
        foreach (var role in Enum.GetValues<Role>())
        {
            using var client = factory.Client(SecuredApiFactory.KeyOf(role));
            foreach (var (method, _, url, body, level) in Endpoints)
            {
                using var response = await SendAsync(client, method, url, body);
                if (level.Allowed().Contains(role))
                {
                    Assert.True(response.IsSuccessStatusCode, $"{role} {method} {url}: {(int)response.StatusCode}");
                }
                else
                {
                    Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
                    var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
                    Assert.Contains(role.ToSlug(), problem.GetProperty("detail").GetString());
                }
            }
        }
    }

    [Fact]
    public async Task The_matrix_covers_every_endpoint_the_api_documents()
    {
        var document = await factory.Client().GetFromJsonAsync<JsonElement>("/swagger/v1/swagger.json");
        var documented = document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(m => $"{m.Name.ToUpperInvariant()} {p.Name}")).Order().ToList();
        var covered = Endpoints.Select(e => $"{e.Method} {e.Template}").Concat(HiddenCellDrillDowns.Select(d => "GET " + d.Template))
            .Concat(Probes.Select(p => "GET " + p)).Order().ToList();
        Assert.Equal(covered, documented);
        Assert.True(document.GetProperty("components").GetProperty("securitySchemes").TryGetProperty("ApiKey", out _));
    }

    [Fact]
    public async Task Without_a_key_every_endpoint_is_401_with_a_problem_and_the_probes_answer()
    {
        using var client = factory.Client();
        foreach (var (method, _, url, body, _) in Endpoints)
        {
            using var response = await SendAsync(client, method, url, body);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("X-Api-Key", response.Headers.WwwAuthenticate.ToString());
        }
        foreach (var probe in Probes) Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(probe)).StatusCode);
    }

    [Fact]
    public async Task An_unknown_key_is_401_and_a_bearer_token_works_like_the_header()
    {
        var unknown = await factory.Client(ApiKeys.NewKey()).GetAsync("/api/search?q=pain");
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Contains("not known", (await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());

        using var bearer = factory.Client();
        bearer.DefaultRequestHeaders.Authorization = new("Bearer", SecuredApiFactory.ClinicianKey);
        Assert.Equal(HttpStatusCode.OK, (await bearer.GetAsync("/api/search?q=pain")).StatusCode);
    }

    [Fact]
    public async Task Keys_in_the_keys_file_rotate_without_a_restart()
    {
        var (first, second) = (ApiKeys.NewKey(), ApiKeys.NewKey());
        WriteKeys(("rotating", first));
        await EventuallyAsync(first, HttpStatusCode.OK);

        WriteKeys(("rotating-next", second));
        await EventuallyAsync(second, HttpStatusCode.OK);
        await EventuallyAsync(first, HttpStatusCode.Unauthorized);

        // A file that does not parse is reported and the keys read before stay in force.
        File.WriteAllText(factory.KeysFile, "{ not json");
        await Task.Delay(1_200);
        Assert.Equal(HttpStatusCode.OK, (await factory.Client(second).GetAsync("/api/search?q=pain")).StatusCode);
    }

    [Fact]
    public async Task The_probes_report_index_age_worker_and_model_state()
    {
        var ready = await factory.Client().GetFromJsonAsync<JsonElement>("/health/ready");
        Assert.True(ready.GetProperty("ready").GetBoolean());
        Assert.Empty(ready.GetProperty("waiting").EnumerateArray());
        Assert.InRange(ready.GetProperty("indexAgeSeconds").GetDouble(), 0, 600);
        Assert.Equal("idle", ready.GetProperty("worker").GetString());
        Assert.False(string.IsNullOrEmpty(ready.GetProperty("topicModel").GetString()));
        Assert.True(ready.GetProperty("graphReachable").GetBoolean());
        Assert.True(factory.Services.GetRequiredService<SearchWarmUp>().Done, "ready only once the search path is warm");
    }

    private void WriteKeys(params (string Name, string Key)[] keys) =>
        File.WriteAllText(factory.KeysFile, JsonSerializer.Serialize(new
        {
            keys = keys.Select(k => new { name = k.Name, role = "clinician", sha256 = ApiKeys.Hash(k.Key) }),
        }));

    private async Task EventuallyAsync(string key, HttpStatusCode expected)
    {
        using var client = factory.Client(key);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        HttpStatusCode status;
        do
        {
            status = (await client.GetAsync("/api/search?q=pain")).StatusCode;
            if (status == expected) return;
            await Task.Delay(100);
        } while (DateTime.UtcNow < deadline);
        Assert.Equal(expected, status);
    }

    internal static Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string url, object? body) =>
        method == "POST" ? client.PostAsJsonAsync(url, body) : client.GetAsync(url);
}
