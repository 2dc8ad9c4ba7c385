using CaseGraph.Indexing.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace CaseGraph.Indexing.Tests.Hosting;

/// <summary>The watching worker checks an unchanged archive at most one part in twenty of the time, never more often than
/// its interval, and hears of a change at once (a real FileSystemWatcher on a real folder).</summary>
public sealed class WatchScheduleTests : IDisposable
{
    private readonly string _corpus = Directory.CreateTempSubdirectory("casegraph-watch").FullName;

    public void Dispose() => Directory.Delete(_corpus, recursive: true);

    [Theory]
    [InlineData(0.05, 5, 5)] // the bundled corpus: the configured interval
    [InlineData(4.5, 5, 85.5)] // an unchanged 100k archive: 19 times the pass
    [InlineData(150, 5, 120)] // a full rebuild: at most two minutes
    [InlineData(150, 600, 600)] // a longer interval configured stays
    public void The_pause_grows_with_the_last_pass_between_the_interval_and_two_minutes(double passSeconds, int intervalSeconds, double pauseSeconds) =>
        Assert.Equal(TimeSpan.FromSeconds(pauseSeconds), WatchSchedule.PauseAfter(TimeSpan.FromSeconds(passSeconds), TimeSpan.FromSeconds(intervalSeconds)));

    [Fact]
    public async Task A_file_written_under_the_corpus_ends_the_wait()
    {
        var cases = Directory.CreateDirectory(Path.Combine(_corpus, "cases", "2026")).FullName;
        using var changes = new CorpusChanges(_corpus, NullLogger.Instance);
        Assert.True(changes.Listening);
        Assert.False(await changes.WaitAsync(TimeSpan.FromMilliseconds(200), CancellationToken.None));

        await File.WriteAllTextAsync(Path.Combine(cases, "case-9001.json"), "{}");
        Assert.True(await changes.WaitAsync(TimeSpan.FromSeconds(30), CancellationToken.None));

        Assert.True(await ForgetUntilQuietAsync(changes)); // a pass starting now sees that file
        File.Delete(Path.Combine(cases, "case-9001.json"));
        Assert.True(await changes.WaitAsync(TimeSpan.FromSeconds(30), CancellationToken.None));
    }

    /// <summary>One write raises several events (created, then changed as its bytes land), and the later ones may arrive
    /// after the first was heard: forgets them until 300 ms pass without one.</summary>
    private static async Task<bool> ForgetUntilQuietAsync(CorpusChanges changes)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            changes.Forget();
            if (!await changes.WaitAsync(TimeSpan.FromMilliseconds(300), CancellationToken.None)) return true;
        }
        return false;
    }

    [Fact]
    public async Task A_folder_that_cannot_be_watched_leaves_the_schedule_alone()
    {
        var log = new RecordingLogger();
        using var changes = new CorpusChanges(Path.Combine(_corpus, "missing"), log);
        Assert.False(changes.Listening);
        Assert.False(await changes.WaitAsync(TimeSpan.FromMilliseconds(100), CancellationToken.None));
        Assert.Contains(log.Lines, line => line.Contains("checked on the watch schedule only"));
    }
}
