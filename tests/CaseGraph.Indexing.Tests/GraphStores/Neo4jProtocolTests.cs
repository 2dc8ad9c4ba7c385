using System.Net;
using System.Text;
using System.Text.Json;
using CaseGraph.Core.Graph;
using CaseGraph.Graph.Neo4j;

namespace CaseGraph.Indexing.Tests.GraphStores;

/// <summary>The adapter's requests and its reading of answers, against the Query API's documented JSON shapes.</summary>
public class Neo4jProtocolTests
{
    [Fact]
    public void A_statement_is_sent_as_text_with_parameters()
    {
        var body = JsonDocument.Parse(QueryApiProtocol.RequestBody(new CypherStatement("MATCH (n:Node {id: $id}) RETURN n.name AS name",
            new Dictionary<string, object?> { ["id"] = "case-'1", ["ids"] = new[] { "a", "b" }, ["seq"] = 7L }))).RootElement;
        Assert.Equal("MATCH (n:Node {id: $id}) RETURN n.name AS name", body.GetProperty("statement").GetString());
        Assert.Equal("case-'1", body.GetProperty("parameters").GetProperty("id").GetString());
        Assert.Equal(2, body.GetProperty("parameters").GetProperty("ids").GetArrayLength());
        Assert.Equal(7, body.GetProperty("parameters").GetProperty("seq").GetInt64());
        Assert.Equal("/db/neo4j/query/v2", QueryApiProtocol.QueryPath("neo4j"));
    }

    [Fact]
    public void A_result_is_read_from_fields_and_values_with_the_transaction_id()
    {
        const string body = """
            {"data": {"fields": ["id", "cases"], "values": [["oxycodone", 3], ["alprazolam", 2]]},
             "bookmarks": ["FB:kcwQ"], "transaction": {"id": "lyU", "expires": "2024-10-22T15:48:29Z"}}
            """;
        var result = QueryApiProtocol.ParseResponse(HttpStatusCode.Accepted, body, out var tx);
        Assert.Equal(["id", "cases"], result.Fields);
        Assert.Equal(["oxycodone", "alprazolam"], result.Strings());
        Assert.Equal(3, result.Rows[0][1].GetInt32());
        Assert.Equal("lyU", tx);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest, """{"errors": [{"code": "Neo.ClientError.Statement.SyntaxError", "message": "Invalid input 'T'"}]}""",
        "Neo.ClientError.Statement.SyntaxError", false, "Invalid input")]
    [InlineData(HttpStatusCode.Unauthorized, """{"errors": [{"code": "Neo.ClientError.Security.Unauthorized", "message": "Invalid username or password."}]}""",
        "Neo.ClientError.Security.Unauthorized", false, "refused the credentials")]
    [InlineData(HttpStatusCode.BadRequest, """{"errors": [{"code": "Neo.TransientError.Transaction.DeadlockDetected", "message": "deadlock"}]}""",
        "Neo.TransientError.Transaction.DeadlockDetected", true, "deadlock")]
    [InlineData(HttpStatusCode.BadRequest, """{"errors": [{"code": "Neo.TransientError.General.MemoryPoolOutOfMemoryError", "message": "limit reached"}]}""",
        "Neo.TransientError.General.MemoryPoolOutOfMemoryError", false, "BatchSize")]
    [InlineData(HttpStatusCode.ServiceUnavailable, "<html>busy</html>", null, true, "503")]
    [InlineData(HttpStatusCode.NotFound, "", null, false, "5.26 or later")]
    [InlineData(HttpStatusCode.Unauthorized, "", null, false, "refused the credentials")]
    public void Errors_become_exceptions_that_say_what_went_wrong(HttpStatusCode status, string body, string? code, bool transient, string message)
    {
        var ex = Assert.Throws<Neo4jException>(() => QueryApiProtocol.ParseResponse(status, body, out _));
        Assert.Equal(code, ex.Code);
        Assert.Equal(transient, ex.IsTransient);
        Assert.Contains(message, ex.Message);
    }

    [Fact]
    public void Writes_put_every_value_in_parameters_and_only_model_names_in_the_text()
    {
        const string hostile = "x'}) DETACH DELETE n //";
        var batch = new GraphBatch(5, ["gone"], [new GraphFragment("case-1",
            [new("case-1", NodeLabels.Case, hostile, "2022-05"), new(hostile, NodeLabels.Condition, hostile)],
            [new("case-1", EdgeTypes.HasCondition, hostile)])]);
        var statements = Neo4jWrites.For(batch, rowsPerStatement: 1).Select(w => w.Statement).ToList();

        Assert.All(statements, s => Assert.DoesNotContain(hostile, s.Text));
        Assert.Contains(statements, s => s.Text.Contains("SET n:Case") && s.Text.StartsWith("UNWIND $rows", StringComparison.Ordinal));
        Assert.Contains(statements, s => s.Text.Contains("MATCH (a:Node {id: row.from}) MATCH (b:Node {id: row.to}) MERGE (a)-[r:HAS_CONDITION]->(b)"));
        Assert.Contains(statements, s => s.Text.Contains("SET n:Case") && s.Text.EndsWith("REMOVE n:Recommendation:GuidelinePassage:Condition:Medication:DrugClass:Intervention:Topic:MmeBand", StringComparison.Ordinal));
        Assert.Equal(2, statements.Count(s => s.Text.Contains("MERGE (n:Node"))); // one row per statement
        Assert.Equal(["case-1", "gone"], statements.Where(s => s.Text.Contains("DETACH DELETE"))
            .SelectMany(s => (IEnumerable<string>)s.Parameters["owners"]!).Order());
        Assert.Equal(5L, statements[^1].Parameters["seq"]);
        Assert.Throws<ArgumentException>(() => Neo4jWrites.For(new GraphBatch(1, [], [new GraphFragment("o", [new("n", "Person) DETACH DELETE (x", "n")], [])]), 10).ToList());
    }

    [Fact]
    public void Edges_an_edge_write_does_not_return_are_reported_as_skipped()
    {
        var batch = new GraphBatch(1, [], [new GraphFragment("case-1", [new("case-1", NodeLabels.Case, "c")],
            [new("case-1", EdgeTypes.Takes, "oxycodone"), new("case-1", EdgeTypes.Takes, "gone"), new("case-1", EdgeTypes.Takes, "alprazolam")])]);
        var write = Neo4jWrites.For(batch, rowsPerStatement: 10).Single(w => w.Edges.Count > 0);
        Assert.EndsWith("RETURN row.i AS written", write.Statement.Text);
        var answer = QueryApiProtocol.ParseResponse(HttpStatusCode.OK, """{"data": {"fields": ["written"], "values": [[0], [2]]}}""", out _);
        Assert.Equal([new GraphEdge("case-1", EdgeTypes.Takes, "gone")], Neo4jWrites.Skipped(write, answer));
    }

    [Fact]
    public async Task A_batch_runs_in_one_explicit_transaction_and_commits()
    {
        var server = new FakeQueryApi(request => request.RequestUri!.AbsolutePath.EndsWith("/tx", StringComparison.Ordinal)
            ? (HttpStatusCode.Accepted, """{"data": {"fields": [], "values": []}, "transaction": {"id": "t1"}}""")
            : (HttpStatusCode.OK, """{"data": {"fields": [], "values": []}}"""));
        var store = new Neo4jGraphStore(server.Client());
        await store.ApplyAsync(new GraphBatch(1, [], [new GraphFragment("o", [new("n", NodeLabels.Condition, "N")], [])]), CancellationToken.None);

        Assert.Equal("POST /db/neo4j/query/v2/tx", server.Requests[0].Line);
        Assert.All(server.Requests.Skip(1).SkipLast(1), r => Assert.Equal("POST /db/neo4j/query/v2/tx/t1", r.Line));
        Assert.Equal("POST /db/neo4j/query/v2/tx/t1/commit", server.Requests[^1].Line);
        Assert.All(server.Requests, r => Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:secret")), r.Authorization));
    }

    [Fact]
    public async Task A_failed_statement_rolls_the_transaction_back_and_says_why()
    {
        var server = new FakeQueryApi(request => request.RequestUri!.AbsolutePath.EndsWith("/tx", StringComparison.Ordinal)
            ? (HttpStatusCode.Accepted, """{"transaction": {"id": "t2"}}""")
            : request.Method == HttpMethod.Delete ? (HttpStatusCode.OK, "{}")
            : (HttpStatusCode.BadRequest, """{"errors": [{"code": "Neo.ClientError.Schema.ConstraintValidationFailed", "message": "already exists"}]}"""));
        var store = new Neo4jGraphStore(server.Client());
        var ex = await Assert.ThrowsAsync<Neo4jException>(() =>
            store.ApplyAsync(new GraphBatch(1, [], [new GraphFragment("o", [new("n", NodeLabels.Condition, "N")], [])]), CancellationToken.None));
        Assert.Contains("ConstraintValidationFailed", ex.Message);
        Assert.Equal("DELETE /db/neo4j/query/v2/tx/t2", server.Requests[^1].Line);
    }

    [Fact]
    public async Task A_busy_server_is_retried_and_an_unreachable_one_named()
    {
        var calls = 0;
        var busy = new FakeQueryApi(_ => ++calls < 3
            ? (HttpStatusCode.ServiceUnavailable, "")
            : (HttpStatusCode.OK, """{"data": {"fields": ["seq"], "values": [[42]]}}"""));
        Assert.Equal(42, await new Neo4jGraphStore(busy.Client()).GetSequenceAsync(CancellationToken.None));
        Assert.Equal(3, calls);

        var down = new FakeQueryApi(_ => throw new HttpRequestException("Connection refused"));
        var ex = await Assert.ThrowsAsync<Neo4jException>(() => new Neo4jGraphStore(down.Client(maxRetries: 1)).GetSequenceAsync(CancellationToken.None));
        Assert.Contains("unreachable", ex.Message);
        Assert.Equal(2, down.Requests.Count);
    }

    [Fact]
    public async Task The_cluster_member_holding_a_transaction_is_named_on_each_of_its_requests()
    {
        var server = new FakeQueryApi((request, _) => request.RequestUri!.AbsolutePath.EndsWith("/tx", StringComparison.Ordinal)
            ? new(HttpStatusCode.Accepted, """{"transaction": {"id": "t3"}}""", Affinity: "member-2")
            : request.RequestUri.AbsolutePath.EndsWith("/commit", StringComparison.Ordinal)
                ? new(HttpStatusCode.BadRequest, """{"errors": [{"code": "Neo.ClientError.Transaction.TransactionNotFound", "message": "gone"}]}""")
                : new(HttpStatusCode.OK, "{}"));
        await Assert.ThrowsAsync<Neo4jException>(() => new Neo4jGraphStore(server.Client())
            .ApplyAsync(new GraphBatch(1, [], [new GraphFragment("o", [new("n", NodeLabels.Condition, "N")], [])]), CancellationToken.None));

        Assert.Null(server.Requests[0].Affinity);
        Assert.All(server.Requests.Skip(1), r => Assert.Equal("member-2", r.Affinity));
        Assert.EndsWith("/commit", server.Requests[^2].Line);
        Assert.Equal("DELETE /db/neo4j/query/v2/tx/t3", server.Requests[^1].Line);
    }

    [Fact]
    public async Task No_answer_in_time_is_a_clear_error_and_not_retried()
    {
        var silent = new FakeQueryApi(_ => (HttpStatusCode.OK, "{}")) { Delay = TimeSpan.FromSeconds(30) };
        var client = silent.Client(timeout: TimeSpan.FromMilliseconds(50));
        var ex = await Assert.ThrowsAsync<Neo4jException>(() => new Neo4jGraphStore(client).GetSequenceAsync(CancellationToken.None));
        Assert.Contains("did not answer within", ex.Message);
        Assert.Contains("RequestTimeoutSeconds", ex.Message);
        Assert.False(ex.IsTransient);
        Assert.Single(silent.Requests);
    }

    [Fact]
    public async Task A_memory_error_is_not_retried()
    {
        var full = new FakeQueryApi(_ => (HttpStatusCode.BadRequest,
            """{"errors": [{"code": "Neo.TransientError.General.TransactionMemoryLimit", "message": "over db.memory.transaction.max"}]}"""));
        var ex = await Assert.ThrowsAsync<Neo4jException>(() => new Neo4jGraphStore(full.Client()).GetSequenceAsync(CancellationToken.None));
        Assert.Equal("Neo.TransientError.General.TransactionMemoryLimit", ex.Code);
        Assert.Single(full.Requests);
    }
}
