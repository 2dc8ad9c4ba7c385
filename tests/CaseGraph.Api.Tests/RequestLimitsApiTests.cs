using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CaseGraph.Core.Access;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CaseGraph.Api.Tests;

/// <summary>Keys allowed 2 requests a second with no burst beyond that, one key with its own higher rate, a 1 s request timeout.</summary>
public sealed class RateLimitedApiFactory : SecuredApiFactory
{
    public static readonly string FastKey = ApiKeys.NewKey();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("CaseGraph:Limits:PermitsPerSecond", "2");
        builder.UseSetting("CaseGraph:Limits:BurstSeconds", "1");
        builder.UseSetting("CaseGraph:Limits:RequestTimeoutSeconds", "1");
        builder.UseSetting("CaseGraph:Auth:Keys:3:Name", "fast");
        builder.UseSetting("CaseGraph:Auth:Keys:3:Role", "clinician");
        builder.UseSetting("CaseGraph:Auth:Keys:3:Sha256", ApiKeys.Hash(FastKey));
        builder.UseSetting("CaseGraph:Auth:Keys:3:PermitsPerSecond", "1000");
    }
}

public class RequestLimitsApiTests(RateLimitedApiFactory factory) : IClassFixture<RateLimitedApiFactory>
{
    [Fact]
    public async Task A_key_over_its_rate_gets_429_with_retry_after_while_other_keys_and_probes_go_on()
    {
        using var clinician = factory.Client(SecuredApiFactory.ClinicianKey);
        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < 8; i++) responses.Add(await clinician.GetAsync("/api/search?q=pain"));

        var refused = responses.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        Assert.InRange(refused.Count, 4, 7);
        Assert.All(refused, r => Assert.InRange(r.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 60));
        var problem = await refused[0].Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("application/problem+json", refused[0].Content.Headers.ContentType?.MediaType);
        Assert.Contains("2 requests a second", problem.GetProperty("detail").GetString());

        Assert.Equal(HttpStatusCode.OK, (await factory.Client(SecuredApiFactory.FacultyKey).GetAsync("/api/search?q=pain")).StatusCode);
        using var fast = factory.Client(RateLimitedApiFactory.FastKey);
        for (var i = 0; i < 20; i++) Assert.Equal(HttpStatusCode.OK, (await fast.GetAsync("/api/search?q=pain")).StatusCode);
        using var anonymous = factory.Client();
        for (var i = 0; i < 20; i++) Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/live")).StatusCode);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_413_before_it_is_read()
    {
        using var client = factory.Client(RateLimitedApiFactory.FastKey);
        var body = new StringContent("{\"text\": \"" + new string('a', 300 * 1024) + "\"}", Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("/api/phi/scan", body);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("at most 262144", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    [Fact]
    public void Requests_run_under_the_configured_timeout_and_are_answered_503_when_they_pass_it()
    {
        var policy = factory.Services.GetRequiredService<IOptions<RequestTimeoutOptions>>().Value.DefaultPolicy!;
        Assert.Equal(TimeSpan.FromSeconds(1), policy.Timeout);
        Assert.Equal(503, policy.TimeoutStatusCode);
        Assert.NotNull(policy.WriteTimeoutResponse);
    }
}
