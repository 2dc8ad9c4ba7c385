using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CaseGraph.Api.Tests;

/// <summary>The OpenAPI document the real host serves: every parameter explained, every answer an operation can give declared.</summary>
[Collection(ReadOnlyApiCollection.Name)]
public class OpenApiDocumentTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    private sealed record Operation(string Path, string Method, JsonElement Body)
    {
        public override string ToString() => $"{Method.ToUpperInvariant()} {Path}";
        public IEnumerable<string> Statuses => Body.GetProperty("responses").EnumerateObject().Select(r => r.Name);
        public IEnumerable<JsonElement> Parameters => Body.TryGetProperty("parameters", out var p) ? p.EnumerateArray() : [];
    }

    private async Task<(JsonElement Document, List<Operation> Operations)> DocumentAsync()
    {
        var doc = await _client.GetFromJsonAsync<JsonElement>("/swagger/v1/swagger.json");
        var operations = doc.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => new Operation(path.Name, op.Name, op.Value))).ToList();
        Assert.True(operations.Count >= 15, $"only {operations.Count} operations");
        return (doc, operations);
    }

    [Fact]
    public async Task Every_parameter_of_every_operation_has_a_description()
    {
        var (_, operations) = await DocumentAsync();

        var undescribed = operations.SelectMany(op => op.Parameters
            .Where(p => !p.TryGetProperty("description", out var d) || string.IsNullOrWhiteSpace(d.GetString()))
            .Select(p => $"{op} {p.GetProperty("name").GetString()}")).ToList();
        Assert.Empty(undescribed);
    }

    [Theory]
    [InlineData("/api/search", "kind", new[] { "case", "recommendation", "guideline" })]
    [InlineData("/api/search", "mmeBand", new[] { "none", "1-49", "50-89", "90+" })]
    [InlineData("/api/search", "syntax", new[] { "simple", "lucene" })]
    [InlineData("/api/search", "setting", new[] { "correctional", "rural", "suburban", "tribal", "urban" })]
    [InlineData("/api/search", "sort", new[] { "relevance", "date" })]
    [InlineData("/api/search.csv", "sort", new[] { "relevance", "date" })]
    [InlineData("/api/topics/trends", "interval", new[] { "month", "quarter", "year" })]
    [InlineData("/api/topics/trends", "format", new[] { "json", "csv", "svg", "png" })]
    [InlineData("/api/concepts/trends", "format", new[] { "json", "csv", "svg", "png" })]
    [InlineData("/api/concepts/trends", "interval", new[] { "month", "quarter", "year" })]
    public async Task Enumerations_list_their_allowed_values(string path, string name, string[] values)
    {
        var (_, operations) = await DocumentAsync();

        var parameter = operations.Single(op => op.Path.TrimEnd('/') == path && op.Method == "get").Parameters.Single(p => p.GetProperty("name").GetString() == name);
        Assert.Equal(values, parameter.GetProperty("schema").GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
    }

    [Theory]
    [InlineData("/api/topics/trends")]
    [InlineData("/api/concepts/trends")]
    public async Task Trend_charts_are_declared_as_svg_text_and_png_bytes(string path)
    {
        var (_, operations) = await DocumentAsync();

        var content = operations.Single(op => op.Path == path && op.Method == "get").Body.GetProperty("responses").GetProperty("200").GetProperty("content");
        Assert.Equal("string", content.GetProperty("image/svg+xml").GetProperty("schema").GetProperty("type").GetString());
        Assert.Equal("binary", content.GetProperty("image/png").GetProperty("schema").GetProperty("format").GetString());
    }

    [Fact]
    public async Task Every_operation_declares_the_answers_it_can_give()
    {
        var (_, operations) = await DocumentAsync();

        Assert.All(operations, op =>
        {
            var statuses = op.Statuses.ToHashSet();
            Assert.Superset(new HashSet<string> { "200", "400", "503" }, statuses);
            var secured = op.Body.TryGetProperty("description", out var d) && d.GetString()!.Contains("Roles:", StringComparison.Ordinal);
            Assert.True(!secured || statuses.IsSupersetOf(["401", "403"]), $"{op} needs a key but does not declare 401 and 403");
            Assert.True(!op.Path.Contains("{id}", StringComparison.Ordinal) || statuses.Contains("404"), $"{op} looks up an id but declares no 404");
            var probe = op.Path.StartsWith("/health/live", StringComparison.Ordinal) || op.Path.StartsWith("/health/ready", StringComparison.Ordinal);
            Assert.True(probe != statuses.Contains("429"), $"{op}: 429 is declared for every operation but the probes");
            Assert.True(probe || secured, $"{op} is neither a probe nor names the roles that may call it");
        });
        var search = operations.Single(op => op.Path.TrimEnd('/') == "/api/search");
        Assert.True(search.Body.GetProperty("responses").GetProperty("503").GetProperty("headers").TryGetProperty("Retry-After", out _));
    }

    [Fact]
    public async Task No_schema_has_a_generated_name()
    {
        var (doc, _) = await DocumentAsync();

        var names = doc.GetProperty("components").GetProperty("schemas").EnumerateObject().Select(s => s.Name).ToList();
        Assert.Contains("LivenessResponse", names);
        Assert.DoesNotContain(names, n => n.Contains('<') || n.Contains("AnonymousType", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/api/topics/trends")]
    [InlineData("/api/concepts/trends")]
    public async Task Trend_exports_declare_json_csv_and_svg(string path)
    {
        var (_, operations) = await DocumentAsync();

        var ok = operations.Single(op => op.Path.TrimEnd('/') == path).Body.GetProperty("responses").GetProperty("200").GetProperty("content");
        Assert.Superset(new HashSet<string> { "application/json", "text/csv", "image/svg+xml" }, ok.EnumerateObject().Select(c => c.Name).ToHashSet());
    }

    [Fact]
    public async Task The_search_export_declares_csv_and_the_passage_endpoint_a_404()
    {
        var (_, operations) = await DocumentAsync();

        var export = operations.Single(op => op.Path == "/api/search.csv").Body.GetProperty("responses");
        Assert.Equal(["text/csv"], export.GetProperty("200").GetProperty("content").EnumerateObject().Select(c => c.Name));
        var passage = operations.Single(op => op.Path == "/api/passages/{id}").Body.GetProperty("responses");
        Assert.Superset(new HashSet<string> { "200", "404" }, passage.EnumerateObject().Select(r => r.Name).ToHashSet());
    }

    [Theory]
    [InlineData("/api/search?minMme=abc", "minMme", "minMme must be a number")]
    [InlineData("/api/search?q=taper&limit=ten", "limit", "limit must be a whole number")]
    [InlineData("/api/topics/discovered?themes=1.5", "themes", "themes must be a whole number")]
    public async Task A_value_that_is_no_number_is_a_400_naming_the_parameter(string url, string name, string message)
    {
        using var response = await _client.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.Equal(message, problem.GetProperty("detail").GetString());
        Assert.Equal(message, problem.GetProperty("errors").GetProperty(name)[0].GetString());
        Assert.DoesNotContain("Failed to bind", text, StringComparison.Ordinal);
    }
}
