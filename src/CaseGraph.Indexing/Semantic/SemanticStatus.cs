namespace CaseGraph.Indexing.Semantic;

public enum SemanticState { Waiting, Embedding, Ready, Disabled, Failed }

/// <summary>
/// Where the embedding stage is, as /health shows it: the run being (or last) embedded, items with vectors of its total,
/// the rate of items embedded by the model and the time left at that rate. Immutable.
/// </summary>
public sealed record SemanticProgress(SemanticState State, long Sequence, int Embedded, int Total, double ItemsPerSecond, double? SecondsLeft,
    string ModelId)
{
    public double Coverage => Total == 0 ? 0 : Math.Min(1, (double)Embedded / Total);

    public override string ToString() =>
        $"embedding {Embedded}/{Total} items, {ItemsPerSecond:F0}/s, {(SecondsLeft is { } s ? $"about {s:F0} s left" : "estimating")}";
}

/// <summary>
/// The embedding stage's state, one immutable <see cref="SemanticProgress"/> swapped atomically: written by the stage,
/// read by requests. <see cref="VectorsWritten"/> tells the read side a vector file (partial or final) is in place.
/// </summary>
public sealed class SemanticStatus(bool enabled, string modelId)
{
    private volatile SemanticProgress _current = new(enabled ? SemanticState.Waiting : SemanticState.Disabled, 0, 0, 0, 0, null, modelId);

    public SemanticProgress Current => _current;

    /// <summary>Raised after a vector file has been renamed into place.</summary>
    public event Action? VectorsWritten;

    internal void Report(SemanticProgress progress) => _current = progress;

    internal void Failed() => _current = _current with { State = SemanticState.Failed, ItemsPerSecond = 0, SecondsLeft = null };

    internal void Written() => VectorsWritten?.Invoke();
}
