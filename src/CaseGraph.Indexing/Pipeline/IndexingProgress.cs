namespace CaseGraph.Indexing.Pipeline;

/// <summary>A point in a run: how far, how fast, how long to go.</summary>
public sealed record IndexingProgress(string Phase, int Done, int Total, TimeSpan Elapsed)
{
    public double ItemsPerSecond => Elapsed.TotalSeconds > 0 ? Done / Elapsed.TotalSeconds : 0;

    public TimeSpan? Remaining => ItemsPerSecond > 0 ? TimeSpan.FromSeconds((Total - Done) / ItemsPerSecond) : null;

    public override string ToString() =>
        $"{Phase}: {Done}/{Total} items ({ItemsPerSecond:F0}/s, {(Remaining is { } r ? $"~{r.TotalSeconds:F0}s left" : "estimating")})";
}

/// <summary>What one run did.</summary>
public sealed record IndexingReport(long Sequence, int Added, int Changed, int Removed, int Unchanged, int Skipped,
    TimeSpan Elapsed, string TopicModel, int Quarantined = 0, int Released = 0)
{
    public override string ToString() =>
        $"sequence {Sequence}: {Added} added, {Changed} changed, {Removed} removed, {Unchanged} unchanged, {Skipped} skipped, " +
        $"{Quarantined} quarantined, {Released} released from quarantine in {Elapsed.TotalSeconds:F2}s; topic model {TopicModel}";
}
