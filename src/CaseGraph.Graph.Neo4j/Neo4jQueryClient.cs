using System.Net.Http.Headers;
using System.Text;

namespace CaseGraph.Graph.Neo4j;

/// <summary>
/// Sends statements to the Query API over one long-lived <see cref="HttpClient"/> (from IHttpClientFactory):
/// implicit transactions for reads, explicit ones for a batch of writes. Transient failures are retried with
/// exponential backoff; an unreachable server, refused credentials or no answer in time become a
/// <see cref="Neo4jException"/> that says so.
/// </summary>
public sealed class Neo4jQueryClient(HttpClient http, Neo4jOptions options)
{
    /// <summary>The cluster member that holds an open transaction (Aura, clusters): sent back on each of its requests.</summary>
    public const string AffinityHeader = "neo4j-cluster-affinity";

    private readonly string _auth = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}"));
    private readonly string _path = QueryApiProtocol.QueryPath(options.Database);

    public Neo4jOptions Options => options;

    /// <summary>Runs one statement in its own transaction, retrying transient failures.</summary>
    public Task<QueryResult> RunAsync(CypherStatement statement, CancellationToken ct) =>
        WithRetriesAsync(async () => (await SendAsync(HttpMethod.Post, _path, statement, null, ct)).Result, ct);

    /// <summary>Runs statements in one explicit transaction, all or nothing, and gives their results in order. A
    /// transient failure retries the whole transaction (the statements must be idempotent: MERGE on stable ids).</summary>
    public Task<IReadOnlyList<QueryResult>> RunInTransactionAsync(IReadOnlyList<CypherStatement> statements, CancellationToken ct) =>
        WithRetriesAsync(async () =>
        {
            var opened = await SendAsync(HttpMethod.Post, _path + "/tx", null, null, ct);
            var tx = $"{_path}/tx/{opened.TransactionId ?? throw new Neo4jException("Neo4j did not open a transaction (no transaction id in its answer)")}";
            var affinity = opened.Affinity;
            var results = new List<QueryResult>(statements.Count);
            try
            {
                foreach (var statement in statements)
                {
                    var answer = await SendAsync(HttpMethod.Post, tx, statement, affinity, ct);
                    affinity = answer.Affinity ?? affinity;
                    results.Add(answer.Result);
                }
                await SendAsync(HttpMethod.Post, tx + "/commit", null, affinity, ct);
            }
            catch
            {
                try { await SendAsync(HttpMethod.Delete, tx, null, affinity, CancellationToken.None); }
                catch (Exception) { /* the server rolls back an abandoned transaction on its own timeout */ }
                throw;
            }
            return (IReadOnlyList<QueryResult>)results;
        }, ct);

    private sealed record Answer(QueryResult Result, string? TransactionId, string? Affinity);

    private async Task<Answer> SendAsync(HttpMethod method, string path, CypherStatement? statement, string? affinity, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", _auth);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (affinity is not null) request.Headers.TryAddWithoutValidation(AffinityHeader, affinity);
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
        catch (OperationCanceledException ex) when (!ct.IsCancellationRequested)
        {
            // HttpClient.Timeout: not retried, since the same statement would take as long again.
            throw new Neo4jException($"Neo4j at {http.BaseAddress} did not answer within {http.Timeout.TotalSeconds:0} s " +
                $"({Neo4jOptions.Section}:{nameof(Neo4jOptions.RequestTimeoutSeconds)}); a smaller {Neo4jOptions.Section}:{nameof(Neo4jOptions.BatchSize)} " +
                "makes each statement shorter", inner: ex);
        }
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(ct);
            var result = QueryApiProtocol.ParseResponse(response.StatusCode, body, out var id);
            var answeredAffinity = response.Headers.TryGetValues(AffinityHeader, out var values) ? values.FirstOrDefault() : null;
            return new Answer(result, id, answeredAffinity);
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
