using CaseGraph.Graph.Sqlite;
using CaseGraph.Indexing.Pipeline;
using CaseGraph.Tests.Shared;
using Microsoft.Extensions.Logging;

namespace CaseGraph.Indexing.Tests.Hosting;

/// <summary>A watching worker runs the pipeline every few seconds: a run that finds what the run before found writes nothing
/// at the default level (Information), and the next change is logged again.</summary>
public sealed class QuietIdleLogTests : IDisposable
{
    private readonly TestCorpus _corpus = new();
    private readonly CapturedLog<IndexingPipeline> _log = new();
    private readonly IndexingPipeline _pipeline;

    public QuietIdleLogTests()
    {
        var paths = new IndexPaths(_corpus.IndexesDir);
        _pipeline = new IndexingPipeline(paths, new SqliteGraphStore(paths.Graph), new IndexingStatus(), _log);
    }

    public void Dispose() => _corpus.Dispose();

    [Fact]
    public async Task Idle_runs_repeat_no_line_at_the_default_level_and_a_change_is_logged_again()
    {
        await RunAsync();                     // indexes everything
        await RunAsync();                     // finds it all unchanged: says so once

        var idle = (await RunAsync()).Concat(await RunAsync()).ToList();

        Assert.DoesNotContain(idle, l => l.Level >= LogLevel.Information);
        Assert.Contains(idle, l => l.Level == LogLevel.Debug && l.Text.StartsWith("Indexing done:", StringComparison.Ordinal));

        _corpus.WriteCase("case-idle-1", "Chronic back pain on oxycodone.", "Taper?", "oxycodone", "Taper slowly.", null);
        var changed = await RunAsync();

        Assert.Contains(changed, l => l.Level == LogLevel.Information && l.Text.StartsWith("Read and screened", StringComparison.Ordinal));
        Assert.Contains(changed, l => l.Level == LogLevel.Information && l.Text.Contains("1 added", StringComparison.Ordinal));
    }

    /// <summary>The lines one run wrote.</summary>
    private async Task<List<(LogLevel Level, string Text)>> RunAsync()
    {
        var before = _log.Lines.Count;
        await _pipeline.RunAsync(_corpus.CorpusDir, CancellationToken.None);
        return [.. _log.Lines.Skip(before)];
    }
}
