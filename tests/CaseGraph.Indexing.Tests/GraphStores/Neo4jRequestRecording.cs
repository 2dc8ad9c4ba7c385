using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CaseGraph.Core.Graph;
using CaseGraph.Graph.Neo4j;

namespace CaseGraph.Indexing.Tests.GraphStores;

/// <summary>Every request the Neo4j store sends while each <see cref="IGraphStore"/> method runs over a graph, through a fake Query API.</summary>
internal static class Neo4jRequestRecording
{
    public sealed record Call(string Method, FakeQueryApi.Request Request)
    {
        /// <summary>The statement and its parameters, for a request that carries one.</summary>
        public (string Text, JsonObject Parameters)? Statement =>
            Request.Body is { } body && JsonNode.Parse(body) is JsonObject json && json["statement"] is { } text
                ? (text.GetValue<string>(), json["parameters"]?.AsObject() ?? []) : null;
    }

    private const string TransactionId = "recorded";

    public static async Task<IReadOnlyList<Call>> DriveEveryMethodAsync(IReadOnlyList<GraphFragment> fragments, long sequence)
    {
        var server = new FakeQueryApi(Answer);
        var store = new Neo4jGraphStore(server.Client());
        var nodes = fragments.SelectMany(f => f.Nodes).ToList();
        var (caseId, classId) = (nodes.First(n => n.Label == NodeLabels.Case).Id, nodes.First(n => n.Label == NodeLabels.DrugClass).Id);
        var ct = CancellationToken.None;
        var calls = new List<Call>();
        async Task Run(string method, Func<Task> call)
        {
            var before = server.Requests.Count;
            await call();
            calls.AddRange(server.Requests.Skip(before).Select(r => new Call(method, r)));
        }

        await Run(nameof(IGraphStore.InitializeAsync), () => store.InitializeAsync(ct));
        await Run(nameof(IGraphStore.ApplyAsync), () => store.ApplyAsync(new GraphBatch(sequence, ["an-owner-removed"], fragments), ct));
        await Run(nameof(IGraphStore.GetSequenceAsync), () => store.GetSequenceAsync(ct));
        await Run(nameof(IGraphStore.GetNarrowerConceptsAsync), () => store.GetNarrowerConceptsAsync([classId], ct));
        await Run(nameof(IGraphStore.GetNeighboursAsync), () => store.GetNeighboursAsync(caseId, ct));
        await Run(nameof(IGraphStore.FindCasesSharingConceptsAsync), () => store.FindCasesSharingConceptsAsync(caseId, 10, ct));
        await Run(nameof(IGraphStore.FindCasesWithConceptsAsync), () => store.FindCasesWithConceptsAsync([classId], 10, ct));
        await Run(nameof(IGraphStore.GetConceptCasesByMonthAsync), () => store.GetConceptCasesByMonthAsync([classId], ct));
        await Run(nameof(IGraphStore.GetOwnersAsync), () => store.GetOwnersAsync(ct));
        await Run(nameof(IGraphStore.GetStatsAsync), () => store.GetStatsAsync(ct));
        return calls;
    }

    /// <summary>Each method's distinct requests: method and path, the names of the parameters sent, and the statement.</summary>
    public static string Render(IReadOnlyList<Call> calls)
    {
        var text = new StringBuilder();
        foreach (var method in calls.GroupBy(c => c.Method))
        {
            text.Append("## ").Append(method.Key).Append('\n');
            foreach (var request in method.Select(RenderRequest).Distinct()) text.Append(request);
        }
        return text.ToString();
    }

    private static string RenderRequest(Call call)
    {
        var line = call.Request.Line.Replace("/tx/" + TransactionId, "/tx/{id}", StringComparison.Ordinal);
        if (call.Statement is not var (statement, parameters)) return line + "\n";
        var names = parameters.Select(p => "$" + p.Key).Order(StringComparer.Ordinal);
        return $"{line} {string.Join(' ', names)}".TrimEnd() + "\n" + string.Concat(statement.Split('\n').Select(l => "    " + l.TrimEnd() + "\n"));
    }

    /// <summary>A transaction with an affinity header when one is opened; a count of 0 for a count; every edge written; no rows else.</summary>
    private static FakeQueryApi.Reply Answer(HttpRequestMessage request, string? body)
    {
        if (request.RequestUri!.AbsolutePath.EndsWith("/tx", StringComparison.Ordinal))
            return new(HttpStatusCode.Accepted, $$$"""{"data": {"fields": [], "values": []}, "transaction": {"id": "{{{TransactionId}}}"}}""", "member-1");
        if (body is null || JsonNode.Parse(body) is not JsonObject json || json["statement"]?.GetValue<string>() is not { } statement)
            return new(HttpStatusCode.OK, """{"bookmarks": []}""");
        var values = statement.EndsWith("AS written", StringComparison.Ordinal)
            ? new JsonArray([.. json["parameters"]!["rows"]!.AsArray().Select(row => (JsonNode)new JsonArray(row!["i"]!.GetValue<int>()))])
            : Regex.IsMatch(statement, @"RETURN count\(\w+\) AS \w+$") ? new JsonArray(new JsonArray(0)) : [];
        return new(HttpStatusCode.OK, new JsonObject { ["data"] = new JsonObject { ["fields"] = new JsonArray(), ["values"] = values } }.ToJsonString());
    }
}
