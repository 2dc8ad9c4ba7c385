using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using CaseGraph.Indexing.Hosting;

namespace CaseGraph.Indexing.Tests.GraphStores;

/// <summary>
/// Neo4j's own Cypher front end (grammar and semantic analysis, from <c>@neo4j-cypher/language-support</c> pinned in
/// tests/cypher-lint), run by Node through tests/cypher-lint/lint.mjs. Without Node or the installed packages a test
/// skips with the reason, unless CI requires the linter (CASEGRAPH_REQUIRE_NODE=1 or CASEGRAPH_REQUIRE_BROWSER=1, set by
/// .ci/run), where it fails.
/// </summary>
internal static class CypherLint
{
    public sealed record Statement(string Id, string Text, JsonObject? Parameters = null);

    public sealed record Diagnostic(string Severity, string Message);

    /// <param name="Statements">how many statements the text holds</param>
    public sealed record Result(string Id, string Version, int Statements, IReadOnlyList<Diagnostic> Diagnostics)
    {
        /// <summary>Clean: one statement and nothing to say about it (no error, no deprecation, no warning of any kind).</summary>
        public bool Passes => Statements == 1 && Diagnostics.Count == 0;

        public override string ToString() =>
            $"{Id} [{Version}]: {Statements} statements; {string.Join("; ", Diagnostics.Select(d => $"{d.Severity}: {d.Message}"))}";
    }

    public sealed record Run(string Linter, IReadOnlyList<Result> Results);

    /// <summary>The model's names, so that a misspelt label, type or property is flagged too.</summary>
    public sealed record Schema(IReadOnlyList<string> Labels, IReadOnlyList<string> RelationshipTypes, IReadOnlyList<string> PropertyKeys);

    public static string Folder => Path.Combine(RepositoryPaths.Default("tests"), "cypher-lint");

    public static bool Required =>
        Environment.GetEnvironmentVariable("CASEGRAPH_REQUIRE_NODE") == "1" || Environment.GetEnvironmentVariable("CASEGRAPH_REQUIRE_BROWSER") == "1";

    /// <summary>Skips the calling test when the linter cannot run and CI does not require it; fails it when CI does.</summary>
    public static void RequireLinter()
    {
        var missing = Missing();
        Skip.If(missing is not null && !Required, $"{missing}; set CASEGRAPH_REQUIRE_NODE=1 to fail instead");
        if (missing is not null) throw new InvalidOperationException($"CASEGRAPH_REQUIRE_NODE=1 (or CASEGRAPH_REQUIRE_BROWSER=1) but {missing}");
    }

    public static async Task<Run> LintAsync(Schema schema, IReadOnlyList<Statement> statements)
    {
        var input = Path.Combine(Directory.CreateTempSubdirectory("casegraph-lint").FullName, "statements.json");
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        await File.WriteAllTextAsync(input, JsonSerializer.Serialize(new { schema, statements }, options));
        try
        {
            var start = new ProcessStartInfo(Node()!) { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add(Path.Combine(Folder, "lint.mjs"));
            start.ArgumentList.Add(input);
            using var node = Process.Start(start)!;
            var (output, errors) = (node.StandardOutput.ReadToEndAsync(), node.StandardError.ReadToEndAsync());
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
            try
            {
                await node.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                node.Kill(entireProcessTree: true);
                throw new TimeoutException("lint.mjs did not finish within 5 minutes");
            }
            if (node.ExitCode != 0) throw new InvalidOperationException($"lint.mjs exited with {node.ExitCode}: {await errors}");
            return JsonSerializer.Deserialize<Run>(await output, options)!;
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(input)!, recursive: true);
        }
    }

    private static string? Missing() =>
        Node() is null ? "node is not on PATH (Node 20 or later runs the Cypher linter)"
        : !File.Exists(Path.Combine(Folder, "node_modules", "@neo4j-cypher", "language-support", "package.json"))
            ? $"the Cypher linter's packages are not installed (npm ci in {Folder})"
            : null;

    private static string? Node() => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(folder => Path.Combine(folder, "node")).FirstOrDefault(File.Exists);
}
