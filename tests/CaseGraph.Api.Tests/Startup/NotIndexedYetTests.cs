using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CaseGraph.Api.Hosting;
using Microsoft.AspNetCore.Hosting;

namespace CaseGraph.Api.Tests.Startup;

/// <summary>
/// The API on Kestrel beside a worker that has not committed its first run yet: a read-only host
/// (<c>RunWorker=false</c>) over an empty indexes folder, as docker-compose starts it before the worker's first commit.
/// </summary>
public sealed class NotIndexedApiFactory : ApiFactory
{
    public NotIndexedApiFactory() => UseKestrel(o => o.Listen(IPAddress.Loopback, 0));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("CaseGraph:RunWorker", "false");
    }

    public override Task InitializeAsync() => Task.CompletedTask; // nothing will be indexed: that is the point
}

public sealed class NotIndexedYetTests(NotIndexedApiFactory factory) : IClassFixture<NotIndexedApiFactory>
{
    private readonly HttpClient _client = factory.Client();

    public static TheoryData<string, string> IndexEndpoints => new()
    {
        { "GET", "/api/search?q=taper" },
        { "GET", "/api/cases/case-t01" },
        { "GET", "/api/cases/case-t01/similar" },
        { "POST", "/api/cases/similar" },
        { "GET", "/api/recommendations?medication=methadone" },
        { "POST", "/api/concepts/extract" },
        { "GET", "/api/concepts?q=oxy" },
        { "GET", "/api/concepts/trends?concepts=OUD" },
        { "POST", "/api/phi/scan" },
        { "GET", "/api/topics/trends" },
        { "GET", "/api/topics/discovered" },
    };

    [Theory]
    [MemberData(nameof(IndexEndpoints))]
    public async Task Before_the_first_commit_an_endpoint_that_needs_the_index_answers_503_with_retry_after(string method, string url)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method == "POST") request.Content = new StringContent("""{"text": "On oxycodone 10 mg twice daily, asking about Suboxone."}""", Encoding.UTF8, "application/json");

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(FirstRunGate.RetryAfterSeconds), response.Headers.RetryAfter?.Delta);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(503, problem.GetProperty("status").GetInt32());
        Assert.Equal("CaseGraph is still indexing the archive; try again in a few seconds.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Readiness_says_503_and_why()
    {
        using var response = await _client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("no indexing run has committed yet", body.GetProperty("waiting").EnumerateArray().Select(w => w.GetString()));
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health")]
    [InlineData("/swagger/v1/swagger.json")]
    [InlineData("/")]
    [InlineData("/trends.html")]
    public async Task Health_the_openapi_document_and_the_pages_answer_meanwhile(string url)
    {
        using var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
