using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CaseGraph.Api.Tests.Security;

/// <summary>Finding 8: anonymous callers share one bucket whatever loopback address they come from, and an expensive
/// request costs more of the caller's rate than a search.</summary>
public class RateLimitBucketTests(ThrottledLoopbackFactory factory) : IClassFixture<ThrottledLoopbackFactory>
{
    [Fact]
    public async Task Anonymous_callers_from_127_0_0_2_and_127_0_0_3_do_not_get_fresh_buckets()
    {
        await Task.Delay(1_100); // a full bucket
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3 * ThrottledLoopbackFactory.PermitsPerSecond; i++)
        {
            using var client = factory.ClientFrom(IPAddress.Parse($"127.0.0.{2 + i}"));
            statuses.Add((await client.GetAsync("/api/concepts?q=bup")).StatusCode);
        }
        // One bucket of 10 with 10 more a second: well under 30 answers however slowly the requests went out.
        Assert.InRange(statuses.Count(s => s == HttpStatusCode.OK), ThrottledLoopbackFactory.PermitsPerSecond, 2 * ThrottledLoopbackFactory.PermitsPerSecond);
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
    }

    [Fact]
    public async Task Long_similar_case_texts_are_weighted_so_one_caller_cannot_flood_the_server_while_its_searches_go_on()
    {
        await Task.Delay(1_100);
        using var client = factory.ClientFrom(IPAddress.Loopback);
        var text = string.Concat(Enumerable.Repeat("Chronic low back pain on oxycodone 30 mg q6h, asking about buprenorphine. ", 300))[..20_000];
        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 4; i++) answers.Add(await client.PostAsJsonAsync("/api/cases/similar", new { text }));

        Assert.Equal(HttpStatusCode.OK, answers[0].StatusCode);
        var refused = answers.Where(a => a.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        Assert.InRange(refused.Count, 2, 3); // a request a second at most
        var problem = await refused[0].Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("counts as", problem.GetProperty("detail").GetString());
        Assert.True(refused[0].Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/search?q=naloxone")).StatusCode);
    }
}
