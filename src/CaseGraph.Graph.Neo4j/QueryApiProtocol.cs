using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CaseGraph.Graph.Neo4j;

/// <summary>One statement of the Query API: Cypher text with every value passed as a parameter.</summary>
public sealed record CypherStatement(string Text, IReadOnlyDictionary<string, object?> Parameters)
{
    public CypherStatement(string text) : this(text, new Dictionary<string, object?>()) { }
}

/// <summary>A result: the column names and the rows, each value as the JSON the server sent.</summary>
public sealed record QueryResult(IReadOnlyList<string> Fields, IReadOnlyList<IReadOnlyList<JsonElement>> Rows)
{
    public static readonly QueryResult Empty = new([], []);

    public IEnumerable<string> Strings(int column = 0) => Rows.Select(r => r[column].GetString()!);
}

/// <summary>An error Neo4j reported, with its status code (e.g. Neo.ClientError.Statement.SyntaxError).</summary>
public sealed class Neo4jException(string message, string? code = null, bool transient = false, Exception? inner = null)
    : Exception(message, inner)
{
    public string? Code { get; } = code;
    public bool IsTransient { get; } = transient;
}

/// <summary>
/// The JSON of Neo4j 5's HTTP Query API (<c>POST /db/{database}/query/v2</c>), pure: request bodies from statements,
/// results and errors from response bodies. Request: <c>{"statement": "...", "parameters": {...}}</c>. Success:
/// <c>{"data": {"fields": [...], "values": [[...], ...]}, "bookmarks": [...], "transaction": {"id": "..."}}</c>.
/// Failure: <c>{"errors": [{"code": "Neo.ClientError...", "message": "..."}]}</c>.
/// </summary>
public static class QueryApiProtocol
{
    public static string RequestBody(CypherStatement statement) => new JsonObject
    {
        ["statement"] = statement.Text,
        ["parameters"] = JsonSerializer.SerializeToNode(statement.Parameters),
    }.ToJsonString();

    public static string QueryPath(string database) => $"/db/{Uri.EscapeDataString(database)}/query/v2";

    /// <summary>The result of a response, or the error it reports (a status other than 2xx without a JSON error is one too).</summary>
    public static QueryResult ParseResponse(HttpStatusCode status, string body, out string? transactionId)
    {
        transactionId = null;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(string.IsNullOrWhiteSpace(body) ? "{}" : body);
        }
        catch (JsonException)
        {
            throw FromStatus(status, body.Length > 200 ? body[..200] : body);
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
            {
                var first = errors[0];
                var code = first.TryGetProperty("code", out var c) ? c.GetString() : null;
                var message = first.TryGetProperty("message", out var m) ? m.GetString() : null;
                throw FromCode(status, code, message);
            }
            if ((int)status is < 200 or >= 300) throw FromStatus(status, "");
            if (root.TryGetProperty("transaction", out var tx) && tx.TryGetProperty("id", out var id)) transactionId = id.GetString();
            if (!root.TryGetProperty("data", out var data)) return QueryResult.Empty;
            var fields = data.TryGetProperty("fields", out var f) ? f.EnumerateArray().Select(x => x.GetString()!).ToList() : [];
            var rows = data.TryGetProperty("values", out var v)
                ? v.EnumerateArray().Select(row => (IReadOnlyList<JsonElement>)row.EnumerateArray().Select(x => x.Clone()).ToList()).ToList()
                : [];
            return new QueryResult(fields, rows);
        }
    }

    /// <summary>Transient: Neo4j's own TransientError class, and the server being busy or briefly away.</summary>
    public static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.ServiceUnavailable or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout or HttpStatusCode.TooManyRequests;

    private static Neo4jException FromCode(HttpStatusCode status, string? code, string? message)
    {
        if (code is "Neo.ClientError.Security.Unauthorized" || status == HttpStatusCode.Unauthorized)
            return new Neo4jException($"Neo4j refused the credentials (Graph:Neo4j:User / Graph__Neo4j__Password): {message}", code);
        if (IsMemoryError(code))
            return new Neo4jException($"Neo4j {code}: {message} (the transaction needs more memory than the server allows: lower " +
                $"{Neo4jOptions.Section}:{nameof(Neo4jOptions.BatchSize)} or raise db.memory.transaction.max)", code);
        var transient = code?.StartsWith("Neo.TransientError.", StringComparison.Ordinal) == true || IsTransient(status);
        return new Neo4jException($"Neo4j {code}: {message}", code, transient);
    }

    /// <summary>Memory errors are TransientError codes (OutOfMemoryError, TransactionMemoryLimit, MemoryPoolOutOfMemoryError, ...),
    /// but the same transaction fails the same way again: they are not retried.</summary>
    public static bool IsMemoryError(string? code) =>
        code?.StartsWith("Neo.TransientError.General.", StringComparison.Ordinal) == true && code.Contains("Memory", StringComparison.Ordinal);

    private static Neo4jException FromStatus(HttpStatusCode status, string body) => status switch
    {
        HttpStatusCode.Unauthorized => new Neo4jException("Neo4j refused the credentials (Graph:Neo4j:User / Graph__Neo4j__Password)"),
        HttpStatusCode.NotFound => new Neo4jException("Neo4j has no Query API with transactions at this address (it needs Neo4j 5.26 or later, /db/{database}/query/v2), or no such database"),
        _ => new Neo4jException($"Neo4j answered {(int)status} {status}: {body}".TrimEnd(' ', ':'), transient: IsTransient(status)),
    };
}
