using CaseGraph.Core.Concepts;
using CaseGraph.Core.Corpus;
using CaseGraph.Core.Model;
using CaseGraph.Lucene;
using CaseGraph.Topics.MLNet;

namespace CaseGraph.Indexing.Pipeline;

public enum IndexingState { NotStarted, Running, Idle, Failed, External }

/// <summary>
/// The worker's state as the API reports it on /health, and what the last run loaded (the vocabulary the
/// API matches queries with). Thread-safe: written by the worker, read by requests.
/// </summary>
public sealed class IndexingStatus
{
    private volatile Snapshot _current = new(IndexingState.NotStarted, null, null, null, [], TopicModelStatus.Unavailable("not trained yet"), null, null);

    /// <param name="Quarantine">records held back for identifiers: the folder and how many wait there</param>
    public sealed record Snapshot(IndexingState State, IndexingProgress? Progress, IndexingReport? LastReport, string? LastError,
        IReadOnlyList<CorpusError> CorpusErrors, TopicModelStatus TopicModel, DateTimeOffset? LastCommitAt, QuarantineState? Quarantine);

    public sealed record QuarantineState(string Folder, int Records);

    public Snapshot Current => _current;
    public Vocabulary Vocabulary { get; private set; } = Vocabulary.Empty;

    /// <summary>The medication names the Lucene analyzer keeps whole, from the same vocabulary; shared by writer and searcher.</summary>
    public DrugWords DrugWords { get; } = new();
    public IReadOnlyDictionary<string, string> TopicNames { get; private set; } = new Dictionary<string, string>();

    /// <summary>Raised after a run has committed new data to the views.</summary>
    public event Action? Committed;

    /// <summary>Another process indexes; this one only loaded the vocabulary to understand queries.</summary>
    public void External(Vocabulary vocabulary, IReadOnlyList<Topic> topics, IReadOnlyList<CorpusError> errors)
    {
        Loaded(vocabulary, topics, errors, _current.TopicModel);
        _current = _current with { State = IndexingState.External };
    }

    internal void Started() => _current = _current with { State = IndexingState.Running, Progress = null };
    internal void Report(IndexingProgress progress) => _current = _current with { Progress = progress };

    internal void Loaded(Vocabulary vocabulary, IReadOnlyList<Topic> topics, IReadOnlyList<CorpusError> errors, TopicModelStatus model)
    {
        Vocabulary = vocabulary;
        DrugWords.Use(vocabulary);
        TopicNames = topics.ToDictionary(t => t.Id, t => t.Name);
        _current = _current with { CorpusErrors = errors, TopicModel = model };
    }

    internal void Quarantine(QuarantineState state) => _current = _current with { Quarantine = state };

    internal void Finished(IndexingReport report, bool committed)
    {
        _current = _current with { State = IndexingState.Idle, LastReport = report, LastError = null,
            LastCommitAt = committed ? DateTimeOffset.UtcNow : _current.LastCommitAt };
        if (committed) Committed?.Invoke();
    }

    internal void Failed(string error) => _current = _current with { State = IndexingState.Failed, LastError = error };
}
