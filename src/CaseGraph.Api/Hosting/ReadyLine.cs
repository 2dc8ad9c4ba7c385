using System.Diagnostics;
using CaseGraph.Api.Access;

namespace CaseGraph.Api.Hosting;

/// <summary>
/// Says once, in one plain line on standard output beside the JSON logs, when the service answers searches and where to
/// open it: "CaseGraph ready at http://localhost:5080 (search, workbench, trends pages; /swagger)". Ready means what
/// /health/ready means: a run has committed and the search path is warm (the embedding model and the identifier screen
/// may still be loading, see <see cref="SearchWarmUp"/>). The log line says how long after the process started. An
/// in-memory test server has no address and prints nothing.
/// </summary>
public sealed class ReadyLine(SearchWarmUp warmUp, ServerBindings bindings, IHostApplicationLifetime lifetime, ILogger<ReadyLine> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Started(lifetime).WaitAsync(stoppingToken);
            await warmUp.Finished.WaitAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return; // stopped before it was ready
        }
        var addresses = bindings.Addresses.Select(Browsable).ToList();
        logger.LogInformation("Answering searches at {Addresses}, {Seconds:F2} s after the process started", string.Join(", ", addresses),
            (DateTime.Now - Process.GetCurrentProcess().StartTime).TotalSeconds);
        if (addresses.Count > 0) Console.Out.WriteLine(Text(addresses));
    }

    public static string Text(IReadOnlyList<string> addresses) =>
        $"CaseGraph ready at {string.Join(", ", addresses)} (search, workbench, trends pages; /swagger)";

    /// <summary>An address to open in a browser on this machine: a wildcard host (0.0.0.0, [::], *, +) becomes localhost.</summary>
    public static string Browsable(string address) =>
        Uri.TryCreate(address.Replace("://*", "://0.0.0.0").Replace("://+", "://0.0.0.0"), UriKind.Absolute, out var uri)
            && uri.Host is "0.0.0.0" or "[::]"
            ? $"{uri.Scheme}://localhost:{uri.Port}"
            : address;

    private static Task Started(IHostApplicationLifetime lifetime)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        return started.Task;
    }
}
