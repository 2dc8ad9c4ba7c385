using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CaseGraph.Lucene;

/// <summary>
/// The common shape of a free-text query once rewritten: a tree of SHOULD-only boolean queries over single terms
/// (one term per weighted field of each word), optionally filtered (the kind filter). Its matches are the union of its
/// terms' postings, and with a similarity whose coord is 1 (BM25) a match scores the sum of its terms' scores, each
/// boolean node rounding its double sum to float as Lucene's scorers do.
/// </summary>
internal sealed record TermDisjunction(TermDisjunction.Node Root, IReadOnlyList<TermDisjunction.Leaf> Leaves, Filter? Filter)
{
    /// <summary>A term with the boosts Lucene's weight gives it: its own, and the product of its ancestors' (topLevelBoost).</summary>
    public sealed record Leaf(int Index, Term Term, float QueryBoost, float TopLevelBoost);

    /// <summary>A leaf (<see cref="LeafIndex"/> set) or a sum of children.</summary>
    public sealed record Node(int LeafIndex, Node[] Children);

    /// <summary>The shape of a rewritten query, or null when it is anything else (phrases, wildcards left unexpanded,
    /// MUST or MUST_NOT clauses, a minimum to match, constant scores).</summary>
    public static TermDisjunction? TryRead(Query rewritten)
    {
        var boost = 1f;
        Filter? filter = null;
        var query = rewritten;
        if (query is FilteredQuery filtered)
        {
            boost = filtered.Boost;
            filter = filtered.Filter;
            query = filtered.Query;
        }
        var leaves = new List<Leaf>();
        return Read(query, boost, leaves) is { } root ? new TermDisjunction(root, leaves, filter) : null;
    }

    private static Node? Read(Query query, float topLevelBoost, List<Leaf> leaves)
    {
        switch (query)
        {
            case TermQuery term:
                leaves.Add(new Leaf(leaves.Count, term.Term, term.Boost, topLevelBoost));
                return new Node(leaves.Count - 1, []);
            case BooleanQuery b when b.MinimumNumberShouldMatch == 0 && b.Clauses.Count > 0 && b.Clauses.All(c => c.Occur == Occur.SHOULD):
                var children = new List<Node>(b.Clauses.Count);
                foreach (var clause in b.Clauses)
                {
                    if (Read(clause.Query, topLevelBoost * b.Boost, leaves) is not { } child) return null;
                    children.Add(child);
                }
                return new Node(-1, [.. children]);
            default:
                return null;
        }
    }

    /// <summary>A match's score from its terms' scores (0 for a term it lacks), summed as Lucene's boolean scorers sum them.</summary>
    public static float Score(Node node, float[] leafScores)
    {
        if (node.LeafIndex >= 0) return leafScores[node.LeafIndex];
        var sum = 0d;
        var children = node.Children;
        for (var i = 0; i < children.Length; i++) sum += Score(children[i], leafScores);
        return (float)sum;
    }
}
