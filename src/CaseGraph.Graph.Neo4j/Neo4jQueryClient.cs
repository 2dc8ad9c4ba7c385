using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace CaseGraph.Graph.Neo4j;

/// <summary>
/// Sends statements to the Query API over one long-lived <see cref="HttpClient"/> (from IHttpClientFactory):
/// implicit transactions for reads, explicit ones for a batch of writes. Transient failures are retried with
/// exponential backoff; an unreachable server or refused credentials become a <see cref="Neo4jException"/> that says so.
/// </summary>
public sealed class Neo4jQueryClient(HttpClient http, Neo4jOptions options)
{
    private readonly string _auth = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}"));
    private readonly string _path = QueryApiProtocol.QueryPath(options.Database);

    public Neo4jOptions Options => options;

    /// <summary>Runs one statement in its own transaction, retrying transient failures.</summary>
    public Task<QueryResult> RunAsync(CypherStatement statement, CancellationToken ct) =>
        WithRetriesAsync(() => SendAsync(HttpMethod.Post, _path, statement, ct), ct);

    /// <summary>Runs statements in one explicit transaction: all or nothing. A transient failure retries the whole
    /// transaction (the statements must be idempotent: MERGE on stable ids).</summary>
    public Task RunInTransactionAsync(IEnumerable<CypherStatement> statements, CancellationToken ct) => WithRetriesAsync(async () =>
    {
        string? id = null;
        await SendAsync(HttpMethod.Post, _path + "/tx", null, ct, started => id = started);
        var tx = $"{_path}/tx/{id ?? throw new Neo4jException("Neo4j did not open a transaction (no transaction id in its answer)")}";
        try
        {
            foreach (var statement in statements) await SendAsync(HttpMethod.Post, tx, statement, ct);
            await SendAsync(HttpMethod.Post, tx + "/commit", null, ct);
        }
        catch
        {
            try { await SendAsync(HttpMethod.Delete, tx, null, CancellationToken.None); }
            catch (Exception) { /* the server rolls back an abandoned transaction on its own timeout */ }
            throw;
        }
        return QueryResult.Empty;
    }, ct);

    private async Task<QueryResult> SendAsync(HttpMethod method, string path, CypherStatement? statement, CancellationToken ct,
        Action<string?>? transaction = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", _auth);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (statement is not null) request.Content = new StringContent(QueryApiProtocol.RequestBody(statement), Encoding.UTF8, "application/json");
        else if (method == HttpMethod.Post) request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, ct);
        }
        catch (HttpRequestException ex)
        {
            throw new Neo4jException($"Neo4j at {http.BaseAddress} is unreachable: {ex.Message}", transient: true, inner: ex);
        }
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(ct);
            var result = QueryApiProtocol.ParseResponse(response.StatusCode, body, out var id);
            transaction?.Invoke(id);
            return result;
        }
    }

    private async Task<T> WithRetriesAsync<T>(Func<Task<T>> attempt, CancellationToken ct)
    {
        for (var tries = 0; ; tries++)
        {
            try
            {
                return await attempt();
            }
            catch (Neo4jException ex) when (ex.IsTransient && tries < options.MaxRetries)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200 * Math.Pow(2, tries)), ct);
            }
        }
    }
}
