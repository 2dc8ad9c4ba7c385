namespace CaseGraph.Core.Ingestion;

/// <summary>What a run must do to bring the views in line with the corpus: write new and changed items, remove gone ones.</summary>
public sealed record IngestionPlan(IReadOnlyList<string> Added, IReadOnlyList<string> Changed, IReadOnlyList<string> Removed, int Unchanged)
{
    public bool IsEmpty => Added.Count == 0 && Changed.Count == 0 && Removed.Count == 0;
    public IEnumerable<string> ToWrite => Added.Concat(Changed);

    /// <param name="desired">content hash of every item now in the corpus, by id</param>
    /// <param name="recorded">content hash of every item the ledger holds, by id</param>
    /// <param name="rebuild">write everything again (a view is behind the ledger)</param>
    public static IngestionPlan Diff(IReadOnlyDictionary<string, string> desired, IReadOnlyDictionary<string, string> recorded, bool rebuild = false)
    {
        var added = desired.Keys.Where(id => !recorded.ContainsKey(id)).Order(StringComparer.Ordinal).ToList();
        var changed = desired.Where(kv => recorded.TryGetValue(kv.Key, out var h) && (rebuild || h != kv.Value))
            .Select(kv => kv.Key).Order(StringComparer.Ordinal).ToList();
        var removed = recorded.Keys.Where(id => !desired.ContainsKey(id)).Order(StringComparer.Ordinal).ToList();
        return new IngestionPlan(added, changed, removed, desired.Count - added.Count - changed.Count);
    }
}
