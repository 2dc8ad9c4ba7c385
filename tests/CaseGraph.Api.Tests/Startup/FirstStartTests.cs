using System.Net;
using System.Net.Sockets;
using CaseGraph.Api.Health;
using CaseGraph.Api.Tests.ReadModel;
using CaseGraph.Tests.Shared;

namespace CaseGraph.Api.Tests.Startup;

/// <summary>
/// The one-command start as a newcomer meets it: the built API run as its own process from a folder that holds corpus/,
/// given relative paths, watching every second. It says once, in plain text, where it is ready; then, idle, it writes nothing.
/// </summary>
public sealed class FirstStartTests : IDisposable
{
    private static readonly Dictionary<string, string> Settings = new()
    {
        ["CaseGraph__WatchIntervalSeconds"] = "1", ["CaseGraph__Semantic__Enabled"] = "false",
    };

    private readonly TestCorpus _corpus = new();

    public void Dispose() => _corpus.Dispose();

    [Fact]
    public async Task Started_with_relative_paths_it_prints_one_plain_ready_line_then_idle_watching_logs_nothing()
    {
        var port = FreePort();
        using var api = HostProcess.Start("CaseGraph.Api", "CaseGraph.Api", ["--corpus", "corpus", "--indexes", "indexes", "--urls", $"http://127.0.0.1:{port}"],
            Settings, workingDirectory: _corpus.Root);
        var readyLine = $"CaseGraph ready at http://127.0.0.1:{port} (search, workbench, trends pages; /swagger)";

        await UntilAsync(() => api.Output.Contains(readyLine, StringComparison.Ordinal), TimeSpan.FromSeconds(120), "no ready line", api);

        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
        Assert.True(Directory.Exists(Path.Combine(_corpus.Root, "indexes", "lucene")), "the relative indexes folder is under the start folder");
        Assert.Contains($"Indexing {Path.Combine(_corpus.Root, "corpus")} into {Path.Combine(_corpus.Root, "indexes")}", api.Output);
        Assert.Equal(0, await HealthCommand.RunAsync(["--url", $"http://127.0.0.1:{port}/health/ready"], TextWriter.Null, TextWriter.Null));

        await Task.Delay(TimeSpan.FromSeconds(3)); // the run after the first finds everything unchanged and says so once
        var settled = Lines(api);
        await Task.Delay(TimeSpan.FromSeconds(4)); // four more watch cycles with nothing new
        var idle = Lines(api).Skip(settled.Count).ToList();

        Assert.True(idle.Count == 0, "idle watching logged:\n" + string.Join("\n", idle));
        Assert.Single(Lines(api), line => line == readyLine);
        Assert.Contains(settled, line => line.StartsWith('{') && line.Contains("\"LogLevel\":\"Information\"", StringComparison.Ordinal)); // the JSON logs stay
    }

    [Fact]
    public async Task The_health_command_fails_where_nothing_answers()
    {
        var error = new StringWriter();
        Assert.Equal(1, await HealthCommand.RunAsync(["--url", $"http://127.0.0.1:{FreePort()}/health/ready"], TextWriter.Null, error));
        Assert.StartsWith("not ready:", error.ToString());
    }

    private static List<string> Lines(HostProcess process) =>
        [.. process.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task UntilAsync(Func<bool> condition, TimeSpan timeout, string failure, HostProcess process)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (process.HasExited || DateTime.UtcNow > deadline) Assert.Fail($"{failure}; output:\n{process.Output}");
            await Task.Delay(200);
        }
    }
}
