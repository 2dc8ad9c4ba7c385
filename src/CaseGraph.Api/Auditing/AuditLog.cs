using System.Threading.Channels;

namespace CaseGraph.Api.Auditing;

/// <summary>
/// The access audit log (HIPAA audit controls), kept apart from the request log: requests hand their entries to a
/// queue and return; this service writes them in batches, each batch flushed to disk, and drains the queue on shutdown
/// so no entry is lost. Once a day it deletes files older than the retention.
/// </summary>
public sealed class AuditLog(AuditFiles files, TimeProvider clock, ILogger<AuditLog> logger) : BackgroundService
{
    private readonly Channel<AuditEntry> _queue = Channel.CreateUnbounded<AuditEntry>(); // counts its items (a single-reader channel cannot)
    private readonly List<AuditEntry> _pending = []; // touched by the one writer only
    private DateOnly _cleaned;
    private int _writing;

    public AuditFiles Files => files;

    public void Record(AuditEntry entry) => _queue.Writer.TryWrite(entry);

    /// <summary>Waits until every entry recorded so far is on disk (tests, and readers that must see their own request).</summary>
    public async Task FlushAsync(CancellationToken ct)
    {
        while (_queue.Reader.Count > 0 || Volatile.Read(ref _writing) > 0) await Task.Delay(10, ct);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stoppingToken))
                if (!WriteAvailable()) await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken); // the disk refused: keep the batch, retry
        }
        catch (OperationCanceledException)
        {
            // shutting down: StopAsync drains what is left
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        await base.StopAsync(cancellationToken);
        while (_queue.Reader.Count > 0 || _pending.Count > 0)
            if (!WriteAvailable()) break;
    }

    /// <summary>Writes the entries waiting (up to a batch); false when the disk refused them, which stay pending.</summary>
    private bool WriteAvailable()
    {
        Interlocked.Increment(ref _writing);
        try
        {
            while (_pending.Count < 1024 && _queue.Reader.TryRead(out var entry)) _pending.Add(entry);
            if (_pending.Count == 0) return true;
            files.Append(_pending);
            _pending.Clear();
            var now = clock.GetUtcNow();
            if (DateOnly.FromDateTime(now.UtcDateTime) != _cleaned)
            {
                _cleaned = DateOnly.FromDateTime(now.UtcDateTime);
                foreach (var expired in files.DeleteExpired(now)) logger.LogInformation("Audit log: deleted {File}, past retention", Path.GetFileName(expired));
            }
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            logger.LogError("Audit log: cannot write to {Folder} ({Pending} entries wait): {Reason}", files.Folder, _pending.Count, ex.Message);
            return false;
        }
        finally
        {
            Interlocked.Decrement(ref _writing);
        }
    }
}
