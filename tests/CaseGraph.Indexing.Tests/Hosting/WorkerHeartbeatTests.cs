using CaseGraph.Indexing.Hosting;
using CaseGraph.Indexing.Pipeline;

namespace CaseGraph.Indexing.Tests.Hosting;

/// <summary>The stand-alone worker's heartbeat file and the check a container health check runs on it.</summary>
public sealed class WorkerHeartbeatTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 12, 0, 0, TimeSpan.Zero);
    private readonly string _indexes = Directory.CreateTempSubdirectory("casegraph-heartbeat").FullName;
    private string HeartbeatFile => new IndexPaths(_indexes).Heartbeat;

    public void Dispose() => Directory.Delete(_indexes, recursive: true);

    [Fact]
    public void A_fresh_beat_of_an_idle_or_running_worker_is_healthy()
    {
        WorkerHeartbeat.Write(HeartbeatFile, new WorkerHeartbeat.Beat(Now.AddSeconds(-5), "idle", 7, null));

        var (healthy, reason) = WorkerHeartbeat.Check(HeartbeatFile, Now);

        Assert.True(healthy, reason);
        Assert.Equal("healthy: idle, sequence 7, heartbeat 5 s ago", reason);
    }

    [Fact]
    public void A_stale_beat_a_failed_run_or_no_beat_at_all_is_unhealthy()
    {
        var (none, noneReason) = WorkerHeartbeat.Check(HeartbeatFile, Now);
        Assert.False(none);
        Assert.Contains(HeartbeatFile, noneReason);

        WorkerHeartbeat.Write(HeartbeatFile, new WorkerHeartbeat.Beat(Now - WorkerHeartbeat.MaxAge - TimeSpan.FromSeconds(1), "idle", 7, null));
        Assert.False(WorkerHeartbeat.Check(HeartbeatFile, Now).Healthy);

        WorkerHeartbeat.Write(HeartbeatFile, new WorkerHeartbeat.Beat(Now, "failed", 7, "graph store unreachable"));
        var (failed, failedReason) = WorkerHeartbeat.Check(HeartbeatFile, Now);
        Assert.False(failed);
        Assert.Contains("graph store unreachable", failedReason);
    }

    [Fact]
    public async Task The_running_heartbeat_writes_the_indexing_state()
    {
        var service = new WorkerHeartbeat(new IndexPaths(_indexes), new IndexingStatus());
        await service.StartAsync(CancellationToken.None);
        try
        {
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (!File.Exists(HeartbeatFile) && DateTime.UtcNow < deadline) await Task.Delay(20);
            var (healthy, reason) = WorkerHeartbeat.Check(HeartbeatFile, DateTimeOffset.UtcNow);
            Assert.True(healthy, reason);
            Assert.StartsWith("healthy: notstarted, sequence 0", reason);
        }
        finally
        {
            await service.StopAsync(CancellationToken.None);
        }
    }
}
