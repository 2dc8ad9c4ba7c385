using System.Text;

namespace CaseGraph.Api.Tests.Hostile;

/// <summary>One generated request: a relative URL (already encoded), an optional raw body, and the key to send.</summary>
public sealed record HostileRequest(string Method, string Url, byte[]? Body, string? ContentType, string? ApiKey, string? Bearer)
{
    public override string ToString() => $"{Method} {(Url.Length > 120 ? Url[..120] + "…" : Url)} body={Body?.Length ?? 0}B type={ContentType}";
}

/// <summary>
/// Seeded generator of malformed and hostile requests across every endpoint: injection strings (Lucene, Cypher,
/// SQL, templates), unbalanced and deeply nested brackets, invalid UTF-8 and lone surrogates, out-of-range numbers,
/// oversized and malformed bodies, wrong methods and keys.
/// </summary>
public sealed class HostileRequests(int seed, string validKey, IReadOnlyList<string> caseIds)
{
    private readonly Random _random = new(seed);

    /// <summary>Raw (unencoded) hostile strings; <see cref="EncodedValues"/> holds those that must be sent pre-encoded.</summary>
    public static readonly string[] Strings =
    [
        "\"", "'", "\\", "\\\\\"", "*:*", "*", "?", "title:*", "text:/.*/", "/.*/", "/[a-z]+/", "meth*", "*adone", "m?",
        "MATCH (n) DETACH DELETE n", "MATCH (c:Case) RETURN c.text", "' OR 1=1 --", "\"; DROP TABLE nodes; --", "}) RETURN n //",
        "$param", "{{7*7}}", "${jndi:ldap://example.invalid/a}", "<script>alert(1)</script>", "((((", "))))", "(a (b", "a) b)",
        "[a TO z]", "{a TO z}", "[* TO *]", "a AND OR NOT", "\"unclosed", "foo~99999", "foo~", "foo^1e308", "foo^-1", "~", "^", "+-!&&||",
        "\0", "\uFFFF", "\u202Eevil", "a\u200Bb", "💊 fentanyl", "../../etc/passwd", "%00", "%", "&=&=", "q=1&q=2", "#frag",
        "buprenorphine", "benzos", "Xanax", "oxycodone 10 mg q6h", "fentanyl+xylazine", "NOT heroin", "\"opioid use disorder\"~3",
        new string('(', 10_000) + "x" + new string(')', 10_000), new string('a', 2_001), new string('x', 20_001),
        string.Join(' ', Enumerable.Range(0, 150).Select(i => "w" + i)), string.Join(" OR ", Enumerable.Repeat("pain", 300)),
        "", " ", "\t\n",
        // Costly in Lucene syntax (issue 17): an exponential regex and wildcard, a long wildcard term, a range over the whole
        // dictionary, an infinite boost, a long fuzzy term.
        "/[ab]*a[ab]{18}/", "ab*a??????????????", "ab*" + new string('a', 1_990), "text:[a TO z]", "pain^" + new string('9', 40),
        new string('a', 1_990) + "~2",
    ];

    /// <summary>Invalid UTF-8 and lone surrogates, percent-encoded as a client would send them.</summary>
    public static readonly string[] EncodedValues = ["%FF%FE", "%C0%AF", "%ED%A0%80", "%E2%82", "%F4%90%80%80", "%25%", "%%", "%zz"];

    private static readonly string[] Numbers = ["-1", "0", "1", "5", "101", "1e309", "NaN", "Infinity", "-Infinity", "99999999999999999999",
        "0x10", "1.5", "", " ", "1,000", "١٢", "10001", "2147483648"];

    private static readonly string[] YearMonths = ["2022-03", "2022-13", "9999-99", "2022-3", "2022-03'", "0000-00", "2022-03-01", "-2022"];

    private static readonly (string Path, string[] Parameters)[] GetEndpoints =
    [
        ("/api/search", ["q", "kind", "condition", "medication", "drugClass", "intervention", "topic", "mmeBand", "setting", "from", "to",
            "minMme", "maxMme", "annotation", "syntax", "limit", "offset"]),
        ("/api/recommendations", ["medication", "condition", "q", "limit", "offset"]),
        ("/api/concepts", ["q"]),
        ("/api/concepts/trends", ["concepts", "interval", "from", "to", "format"]),
        ("/api/topics/trends", ["interval", "from", "to", "topic", "setting", "format"]),
        ("/api/topics/discovered", ["themes", "words"]),
        ("/health", []), ("/health/live", []), ("/health/ready", []),
    ];

    private static readonly string[] PostEndpoints = ["/api/cases/similar", "/api/concepts/extract", "/api/phi/scan"];

    public IEnumerable<HostileRequest> Generate(int count)
    {
        for (var i = 0; i < count; i++) yield return Next();
    }

    private HostileRequest Next()
    {
        var roll = _random.NextDouble();
        var (key, bearer) = Key();
        if (roll < 0.55) return Get(key, bearer);
        if (roll < 0.70) return CasePath(key, bearer);
        if (roll < 0.95) return Post(key, bearer);
        return WrongMethodOrPath(key, bearer);
    }

    private (string? Key, string? Bearer) Key() => _random.Next(20) switch
    {
        0 => (null, null),
        1 => ("cg_" + new string('k', _random.Next(1, 300)), null),
        2 => (null, _random.Next(2) == 0 ? validKey : "not-a-key"),
        _ => (validKey, null),
    };

    private HostileRequest Get(string? key, string? bearer)
    {
        var (path, parameters) = Pick(GetEndpoints);
        var query = new List<string>();
        foreach (var name in parameters)
            if (_random.Next(3) == 0) query.Add(name + "=" + Value(name));
        if (_random.Next(10) == 0) query.Add(Pick(EncodedValues) + "=" + Pick(EncodedValues)); // a name that is not valid UTF-8
        return new HostileRequest("GET", query.Count == 0 ? path : path + "?" + string.Join('&', query), null, null, key, bearer);
    }

    private HostileRequest CasePath(string? key, string? bearer)
    {
        var id = _random.Next(3) switch
        {
            0 => Uri.EscapeDataString(Pick(caseIds)),
            1 => Pick(EncodedValues),
            _ => Encode(Pick(Strings)),
        };
        var similar = _random.Next(2) == 0;
        var url = $"/api/cases/{id}" + (similar ? "/similar" + (_random.Next(2) == 0 ? "?limit=" + Encode(Pick(Numbers)) : "") : "");
        return new HostileRequest("GET", url, null, null, key, bearer);
    }

    private HostileRequest Post(string? key, string? bearer)
    {
        var path = Pick(PostEndpoints);
        var (body, type) = _random.Next(16) switch
        {
            0 => (Encoding.UTF8.GetBytes("{\"text\": \"" + new string('a', 1_100_000) + "\"}"), "application/json"), // 1 MB
            1 => ([0x7B, 0x22, 0x74, 0x65, 0x78, 0x74, 0x22, 0x3A, 0x22, 0xC3, 0x28, 0xFF, 0xFE, 0x22, 0x7D], "application/json"), // invalid UTF-8
            2 => (Encoding.UTF8.GetBytes("{\"text\": \"abc"), "application/json"),
            3 => (Encoding.UTF8.GetBytes(new string('[', 10_000) + new string(']', 10_000)), "application/json"),
            4 => (Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"a\":", 5_000)) + "1" + new string('}', 5_000)), "application/json"),
            5 => (Encoding.UTF8.GetBytes(Pick(["{\"text\": 5}", "{\"text\": null}", "[]", "null", "\"text\"", "{}", "", "{\"text\":\"a\",\"limit\":1e400}",
                "{\"text\":\"pain\",\"limit\":-5}", "{\"text\":\"pain\",\"limit\":\"abc\"}", "{\"text\":\"a\",\"text\":\"b\"}"])), "application/json"),
            6 => (Encoding.UTF8.GetBytes("{\"text\": \"pain\"}"), Pick(["text/plain", "application/xml", "application/json; charset=utf-16", "multipart/form-data"])),
            7 => ([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("{\"text\": \"pain\"}")], "application/json"),
            8 => (Encoding.UTF8.GetBytes("{\"text\": \"pain\"}"), null),
            _ => (Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(new { text = Pick(Strings), limit = _random.Next(-5, 80) })), "application/json"),
        };
        return new HostileRequest("POST", path, body, type, key, bearer);
    }

    private HostileRequest WrongMethodOrPath(string? key, string? bearer) => _random.Next(4) switch
    {
        0 => new HostileRequest(Pick(["DELETE", "PUT", "PATCH"]), Pick(GetEndpoints).Path, null, null, key, bearer),
        1 => new HostileRequest("GET", Pick(PostEndpoints), null, null, key, bearer),
        2 => new HostileRequest("GET", "/api/" + Encode(Pick(Strings)), null, null, key, bearer),
        _ => new HostileRequest("GET", Pick(["/api/search/extra", "/api//search", "/%2e%2e/%2e%2e/etc/passwd", "/api/cases/", "/swagger/v1/swagger.json"]), null, null, key, bearer),
    };

    private string Value(string parameter)
    {
        if (_random.Next(8) == 0) return Pick(EncodedValues);
        var plain = parameter switch
        {
            "limit" or "offset" or "minMme" or "maxMme" => Pick(Numbers),
            "themes" => Pick([.. Numbers, "2", "3"]),
            "words" => Pick(Numbers),
            "from" or "to" => Pick(YearMonths),
            "syntax" => Pick(["simple", "lucene", "lucene", "regex", "SIMPLE", "1"]),
            "kind" => Pick(["case", "recommendation", "guideline", "all", "1"]),
            "format" => Pick(["json", "csv", "svg", "png", "xml"]),
            "interval" => Pick(["month", "quarter", "year", "week", "0"]),
            "mmeBand" => Pick(["none", "1-49", "50-89", "90+", "90", "-1"]),
            "setting" => Pick(["rural", "urban", "prison", "' OR 1=1"]),
            "concepts" => string.Join(',', Enumerable.Range(0, _random.Next(1, 8)).Select(_ => Pick(Strings))),
            _ => Pick(Strings),
        };
        return Encode(plain);
    }

    /// <summary>Percent-encodes as UTF-8; a string with a lone surrogate is sent as its replacement bytes' encoding.</summary>
    private static string Encode(string value)
    {
        try
        {
            return Uri.EscapeDataString(value);
        }
        catch (UriFormatException)
        {
            return "%ED%A0%80";
        }
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
