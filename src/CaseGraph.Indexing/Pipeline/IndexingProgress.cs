namespace CaseGraph.Indexing.Pipeline;

/// <summary>A point in a run: how far, how fast, how long to go.</summary>
public sealed record IndexingProgress(string Phase, int Done, int Total, TimeSpan Elapsed)
{
    public double ItemsPerSecond => Elapsed.TotalSeconds > 0 ? Done / Elapsed.TotalSeconds : 0;

    public TimeSpan? Remaining => ItemsPerSecond > 0 ? TimeSpan.FromSeconds((Total - Done) / ItemsPerSecond) : null;

    public override string ToString() =>
        $"{Phase}: {Done}/{Total} items ({ItemsPerSecond:F0}/s, {(Remaining is { } r ? $"~{r.TotalSeconds:F0}s left" : "estimating")})";
}

/// <summary>
/// Where a run's time went: the stages in order, each with its elapsed time. Stages that overlap (Lucene and graph
/// writes run side by side while the next chunk is enriched) are timed by <see cref="Add"/>, on their own threads.
/// </summary>
public sealed class StageTimes
{
    private readonly System.Diagnostics.Stopwatch _lap = System.Diagnostics.Stopwatch.StartNew();
    private readonly List<(string Stage, TimeSpan Elapsed)> _stages = [];
    private readonly System.Threading.Lock _gate = new();

    public IReadOnlyList<(string Stage, TimeSpan Elapsed)> Stages
    {
        get { lock (_gate) return [.. _stages]; }
    }

    /// <summary>Ends the current stage (the time since the last lap) and adds it to what this stage took so far.</summary>
    public void Lap(string stage)
    {
        var elapsed = _lap.Elapsed;
        _lap.Restart();
        Add(stage, elapsed);
    }

    /// <summary>Adds time to a stage.</summary>
    public void Add(string stage, TimeSpan elapsed)
    {
        lock (_gate)
        {
            var index = _stages.FindIndex(s => s.Stage == stage);
            if (index < 0) _stages.Add((stage, elapsed));
            else _stages[index] = (stage, _stages[index].Elapsed + elapsed);
        }
    }

    public override string ToString() => string.Join(", ", Stages.Select(s => $"{s.Stage} {s.Elapsed.TotalSeconds:F1}s"));
}

/// <summary>What one run did.</summary>
/// <param name="Stages">where the time went, when the run wrote anything</param>
/// <param name="EdgesSkipped">graph edges not written because a node they join is missing</param>
public sealed record IndexingReport(long Sequence, int Added, int Changed, int Removed, int Unchanged, int Skipped,
    TimeSpan Elapsed, string TopicModel, int Quarantined = 0, int Released = 0, StageTimes? Stages = null, int EdgesSkipped = 0)
{
    public override string ToString() =>
        $"sequence {Sequence}: {Added} added, {Changed} changed, {Removed} removed, {Unchanged} unchanged, {Skipped} skipped, " +
        $"{Quarantined} held back, {Released} released from quarantine in {Elapsed.TotalSeconds:F2}s; topic model {TopicModel}" +
        (EdgesSkipped > 0 ? $"; {EdgesSkipped} graph edges skipped (a node they join is missing)" : "");
}
