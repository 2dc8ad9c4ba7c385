using CaseGraph.Api.Tests.ReadModel;
using CaseGraph.Tests.Shared;

namespace CaseGraph.Api.Tests.Startup;

/// <summary>The command docker-compose's health check runs in the worker's container, against a real watching worker.</summary>
public sealed class WorkerHealthCommandTests : IDisposable
{
    private readonly TestCorpus _corpus = new();

    public void Dispose() => _corpus.Dispose();

    [Fact]
    public async Task A_watching_worker_is_healthy_and_indexes_without_one_are_not()
    {
        using var worker = HostProcess.Start("CaseGraph.Worker", "casegraph-worker", ["--corpus", "corpus", "--indexes", "indexes", "--watch"],
            new Dictionary<string, string> { ["CaseGraph__Semantic__Enabled"] = "false" }, workingDirectory: _corpus.Root);
        var heartbeat = Path.Combine(_corpus.IndexesDir, "worker.heartbeat");
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!File.Exists(heartbeat) && !worker.HasExited && DateTime.UtcNow < deadline) await Task.Delay(100);
        Assert.True(File.Exists(heartbeat), "no heartbeat; worker output:\n" + worker.Output);

        var (healthy, healthyOutput) = Health("--indexes", "indexes");
        Assert.True(healthy == 0, healthyOutput);
        Assert.StartsWith("healthy: ", healthyOutput);

        Directory.CreateDirectory(Path.Combine(_corpus.Root, "other"));
        var (unhealthy, unhealthyOutput) = Health("--indexes", "other");
        Assert.Equal(1, unhealthy);
        Assert.Contains($"no readable heartbeat at {Path.Combine(_corpus.Root, "other", "worker.heartbeat")}", unhealthyOutput);
    }

    private (int? Code, string Output) Health(params string[] args)
    {
        using var check = HostProcess.Start("CaseGraph.Worker", "casegraph-worker", ["health", .. args], new Dictionary<string, string>(),
            workingDirectory: _corpus.Root);
        Assert.True(check.WaitForExit(TimeSpan.FromSeconds(30)), "the health command did not end");
        return (check.ExitCode, check.Output.Trim());
    }
}
