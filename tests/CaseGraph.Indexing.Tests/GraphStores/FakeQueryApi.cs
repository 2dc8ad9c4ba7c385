using System.Net;
using System.Text;
using CaseGraph.Graph.Neo4j;

namespace CaseGraph.Indexing.Tests.GraphStores;

/// <summary>Answers Query API requests as the test says and records each one (method, path, headers, body).</summary>
internal sealed class FakeQueryApi(Func<HttpRequestMessage, string?, FakeQueryApi.Reply> answer) : HttpMessageHandler
{
    public sealed record Reply(HttpStatusCode Status, string Body, string? Affinity = null);

    public sealed record Request(string Line, string? Authorization, string? Affinity, string? Body);

    public FakeQueryApi(Func<HttpRequestMessage, (HttpStatusCode Status, string Body)> answer)
        : this((request, _) =>
        {
            var (status, body) = answer(request);
            return new Reply(status, body);
        }) { }

    public List<Request> Requests { get; } = [];

    /// <summary>How long the server takes to answer (the request's cancellation cuts it short).</summary>
    public TimeSpan Delay { get; init; }

    public Neo4jQueryClient Client(int maxRetries = 4, TimeSpan? timeout = null) =>
        new(new HttpClient(this) { BaseAddress = new Uri("http://neo4j.test:7474"), Timeout = timeout ?? TimeSpan.FromSeconds(100) },
            new Neo4jOptions { Password = "secret", MaxRetries = maxRetries });

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(ct);
        Requests.Add(new Request($"{request.Method} {request.RequestUri!.AbsolutePath}", request.Headers.Authorization?.ToString(),
            request.Headers.TryGetValues(Neo4jQueryClient.AffinityHeader, out var affinity) ? affinity.Single() : null, body));
        await Task.Delay(Delay, ct);
        var reply = answer(request, body);
        var response = new HttpResponseMessage(reply.Status) { Content = new StringContent(reply.Body, Encoding.UTF8, "application/json") };
        if (reply.Affinity is not null) response.Headers.Add(Neo4jQueryClient.AffinityHeader, reply.Affinity);
        return response;
    }
}
