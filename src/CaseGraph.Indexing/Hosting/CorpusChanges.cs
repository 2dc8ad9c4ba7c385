using Microsoft.Extensions.Logging;

namespace CaseGraph.Indexing.Hosting;

/// <summary>
/// Tells the watching worker that something under the corpus folder changed (FileSystemWatcher: inotify on Linux), so a
/// pass follows a change within the configured interval even when the schedule waits longer (<see cref="WatchSchedule"/>).
/// Events can be missed (a full event buffer, a mount that sends none), so the schedule still runs passes; where the
/// watcher cannot start, the schedule alone decides.
/// </summary>
public sealed class CorpusChanges : IDisposable
{
    private readonly FileSystemWatcher? _watcher;
    private readonly SemaphoreSlim _changed = new(0, 1);

    public CorpusChanges(string corpusPath, ILogger logger)
    {
        try
        {
            _watcher = new FileSystemWatcher(corpusPath)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            _watcher.Created += (_, _) => Signal();
            _watcher.Changed += (_, _) => Signal();
            _watcher.Deleted += (_, _) => Signal();
            _watcher.Renamed += (_, _) => Signal();
            _watcher.Error += (_, _) => Signal(); // events were lost: a pass finds out what changed
            _watcher.EnableRaisingEvents = true;
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            _watcher?.Dispose();
            _watcher = null;
            logger.LogWarning("Not notified of corpus changes ({Reason}); the corpus is checked on the watch schedule only", ex.GetType().Name);
        }
    }

    public bool Listening => _watcher is not null;

    /// <summary>Forgets the changes so far: called as a pass starts, which sees them.</summary>
    public void Forget()
    {
        while (_changed.Wait(0)) { }
    }

    /// <summary>True as soon as something changes (or changed since <see cref="Forget"/>); false after <paramref name="timeout"/>.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken ct) => _changed.WaitAsync(timeout, ct);

    private void Signal()
    {
        try { _changed.Release(); }
        catch (SemaphoreFullException) { } // already signalled
    }

    public void Dispose()
    {
        _watcher?.Dispose();
        _changed.Dispose();
    }
}
