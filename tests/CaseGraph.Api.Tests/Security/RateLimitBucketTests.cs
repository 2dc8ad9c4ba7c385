using System.Diagnostics;
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
        var callers = Enumerable.Range(2, 3 * ThrottledLoopbackFactory.PermitsPerSecond).Select(i => factory.ClientFrom(IPAddress.Parse($"127.0.0.{i}"))).ToList();
        var sent = Stopwatch.StartNew();
        var statuses = await Task.WhenAll(callers.Select(async c => (await c.GetAsync("/api/concepts?q=bup")).StatusCode));
        var seconds = sent.Elapsed.TotalSeconds;
        callers.ForEach(c => c.Dispose());

        // One bucket of 10, refilled by 10 at each whole second that passes (a refill can fall inside even a short
        // burst): at most 20 while the 30 requests take under a second, where 30 fresh buckets would answer all 30.
        var answered = statuses.Count(s => s == HttpStatusCode.OK);
        Assert.InRange(answered, ThrottledLoopbackFactory.PermitsPerSecond, ThrottledLoopbackFactory.PermitsPerSecond * (2 + (int)seconds));
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
    }

    [Fact]
    public async Task Long_similar_case_texts_are_weighted_so_one_caller_cannot_flood_the_server_while_its_searches_go_on()
    {
        await Task.Delay(1_100);
        using var client = factory.ClientFrom(IPAddress.Loopback);
        var text = string.Concat(Enumerable.Repeat("Chronic low back pain on oxycodone 30 mg q6h, asking about buprenorphine. ", 300))[..20_000];
        // Four at once: the first takes the caller's whole second of work, the others are refused at once.
        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => client.PostAsJsonAsync("/api/cases/similar", new { text })));

        Assert.Contains(answers, a => a.StatusCode == HttpStatusCode.OK);
        var refused = answers.Where(a => a.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        Assert.InRange(refused.Count, 2, 3); // 3, or 2 where a refill fell inside the burst
        var problem = await refused[0].Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("counts as", problem.GetProperty("detail").GetString());
        Assert.True(refused[0].Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/search?q=naloxone")).StatusCode);
    }
}
