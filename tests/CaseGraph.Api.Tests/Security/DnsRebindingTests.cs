using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaseGraph.Tests.Shared;

namespace CaseGraph.Api.Tests.Security;

/// <summary>Finding 2: a page that rebinds its own name to 127.0.0.1 must not read the archive through the browser.</summary>
public class DnsRebindingTests(LoopbackKestrelFactory factory) : IClassFixture<LoopbackKestrelFactory>
{
    private static readonly string CaseId = TestCorpus.Cases[0].Id;

    [Theory]
    [InlineData("attacker.example")]
    [InlineData("attacker.example:5391")]
    [InlineData("127.0.0.1.nip.io")]
    [InlineData("localhost.attacker.example")]
    public async Task A_request_addressed_to_another_name_is_refused_without_a_byte_of_the_archive(string host)
    {
        using var client = factory.ClientFrom(IPAddress.Loopback, host);
        foreach (var path in new[] { $"/api/cases/{CaseId}", "/api/search?q=buprenorphine", "/", "/health" })
        {
            using var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var body = await response.Content.ReadAsStringAsync();
            Assert.Contains("loopback", body);
            Assert.DoesNotContain(TestCorpus.Cases[0].Summary[..20], body);
        }
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    [InlineData("[::1]")]
    public async Task Requests_addressed_to_a_loopback_name_are_served_without_a_key(string name)
    {
        using var client = factory.ClientFrom(IPAddress.Loopback, $"{name}:{factory.Client().BaseAddress!.Port}");
        var found = await client.GetFromJsonAsync<JsonElement>($"/api/cases/{CaseId}");
        Assert.Equal(CaseId, found.GetProperty("id").GetString());
    }
}
