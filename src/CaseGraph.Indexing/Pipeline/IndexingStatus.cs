using CaseGraph.Core.Corpus;
using CaseGraph.Topics.MLNet;

namespace CaseGraph.Indexing.Pipeline;

public enum IndexingState { NotStarted, Running, Idle, Failed, External }

/// <summary>
/// The worker's state as the API reports it on /health. Thread-safe: written by the worker, read by requests. What
/// the searcher reads queries with is not here: it comes with each commit (<see cref="CaseGraph.Core.Search.SearchModel"/>).
/// </summary>
public sealed class IndexingStatus
{
    private volatile Snapshot _current = new(IndexingState.NotStarted, null, null, null, [], TopicModelStatus.Unavailable("not trained yet"), null, null);

    /// <param name="Quarantine">records held back for identifiers: the folder and how many wait there</param>
    public sealed record Snapshot(IndexingState State, IndexingProgress? Progress, IndexingReport? LastReport, string? LastError,
        IReadOnlyList<CorpusError> CorpusErrors, TopicModelStatus TopicModel, DateTimeOffset? LastCommitAt, QuarantineState? Quarantine);

    public sealed record QuarantineState(string Folder, int Records);

    public Snapshot Current => _current;

    /// <summary>Raised after a run has committed new data to the views.</summary>
    public event Action? Committed;

    /// <summary>Another process indexes; this one only reads what it commits.</summary>
    public static IndexingStatus External()
    {
        var status = new IndexingStatus();
        status._current = status._current with { State = IndexingState.External };
        return status;
    }

    internal void Started() => _current = _current with { State = IndexingState.Running, Progress = null };
    internal void Report(IndexingProgress progress) => _current = _current with { Progress = progress };

    internal void Loaded(IReadOnlyList<CorpusError> errors, TopicModelStatus model) => _current = _current with { CorpusErrors = errors, TopicModel = model };

    internal void Quarantine(QuarantineState state) => _current = _current with { Quarantine = state };

    internal void Finished(IndexingReport report, bool committed)
    {
        _current = _current with { State = IndexingState.Idle, LastReport = report, LastError = null,
            LastCommitAt = committed ? DateTimeOffset.UtcNow : _current.LastCommitAt };
        if (committed) Committed?.Invoke();
    }

    internal void Failed(string error) => _current = _current with { State = IndexingState.Failed, LastError = error };
}
