using System.Text.Json;
using CaseGraph.Indexing.Pipeline;
using Microsoft.Extensions.Hosting;

namespace CaseGraph.Indexing.Hosting;

/// <summary>
/// What a container health check of the stand-alone worker reads: while the worker runs it rewrites
/// <c>worker.heartbeat</c> in the indexes folder every few seconds with its indexing state. <c>casegraph-worker health</c>
/// calls it healthy while the beat is fresh and the last run did not fail.
/// </summary>
public sealed class WorkerHeartbeat(IndexPaths paths, IndexingStatus status) : BackgroundService
{
    public static readonly TimeSpan Every = TimeSpan.FromSeconds(10);

    /// <summary>A beat older than this means the worker is gone or stuck.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(60);

    public sealed record Beat(DateTimeOffset At, string State, long Sequence, string? LastError);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        Directory.CreateDirectory(paths.Root);
        while (!stoppingToken.IsCancellationRequested)
        {
            var s = status.Current;
            Write(paths.Heartbeat, new Beat(DateTimeOffset.UtcNow, s.State.ToString().ToLowerInvariant(), s.LastReport?.Sequence ?? 0, s.LastError));
            try { await Task.Delay(Every, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }

    /// <summary>Written whole and renamed into place, so a health check never reads half a beat.</summary>
    public static void Write(string file, Beat beat)
    {
        var temp = file + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(beat));
        File.Move(temp, file, overwrite: true);
    }

    /// <summary>Whether the worker that beats into <paramref name="file"/> is healthy at <paramref name="now"/>, and why.</summary>
    public static (bool Healthy, string Reason) Check(string file, DateTimeOffset now)
    {
        Beat? beat;
        try
        {
            beat = JsonSerializer.Deserialize<Beat>(File.ReadAllText(file));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            return (false, $"unhealthy: no readable heartbeat at {file} ({ex.GetType().Name}); is the worker running?");
        }
        if (beat is null) return (false, $"unhealthy: {file} is empty");
        var age = now - beat.At;
        if (age > MaxAge) return (false, $"unhealthy: the last heartbeat is {age.TotalSeconds:F0} s old (at most {MaxAge.TotalSeconds:F0} s)");
        if (beat.State == "failed") return (false, $"unhealthy: the last indexing run failed: {beat.LastError}");
        return (true, $"healthy: {beat.State}, sequence {beat.Sequence}, heartbeat {Math.Max(0, age.TotalSeconds):F0} s ago");
    }
}
