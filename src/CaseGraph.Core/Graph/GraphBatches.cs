namespace CaseGraph.Core.Graph;

/// <summary>A whole graph (an import) as batches of bounded size, each one transaction. Pure.</summary>
public static class GraphBatches
{
    /// <summary>
    /// Whole fragments, at most <paramref name="maxItems"/> nodes and edges a batch (a larger fragment goes alone). Fragments
    /// whose nodes other fragments link to (the vocabulary) come first, since a store skips an edge to a node not yet written.
    /// Every batch but the last carries <see cref="GraphBatch.InProgress"/>, so a graph left half-written says it is behind;
    /// the last carries <paramref name="sequence"/>.
    /// </summary>
    public static IReadOnlyList<GraphBatch> Bounded(IReadOnlyList<GraphFragment> fragments, long sequence, int maxItems)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxItems, 1);
        var ownerOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var fragment in fragments)
        foreach (var node in fragment.Nodes)
            ownerOf[node.Id] = fragment.Owner;
        var linkedTo = fragments
            .SelectMany(f => f.Edges.SelectMany(e => new[] { e.From, e.To }).Select(id => ownerOf.GetValueOrDefault(id)).Where(o => o is not null && o != f.Owner))
            .ToHashSet(StringComparer.Ordinal);

        var groups = new List<List<GraphFragment>> { new() };
        var size = 0;
        foreach (var fragment in fragments.OrderBy(f => linkedTo.Contains(f.Owner) ? 0 : 1))
        {
            var items = fragment.Nodes.Count + fragment.Edges.Count;
            if (groups[^1].Count > 0 && size + items > maxItems)
            {
                groups.Add([]);
                size = 0;
            }
            groups[^1].Add(fragment);
            size += items;
        }
        return groups.Select((group, i) => new GraphBatch(i == groups.Count - 1 ? sequence : GraphBatch.InProgress, [], group)).ToList();
    }
}
