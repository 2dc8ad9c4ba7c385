using CaseGraph.Core.Graph;

namespace CaseGraph.Core.Tests;

public class GraphBatchesTests
{
    private static GraphFragment Case(string id, params string[] concepts) =>
        new(id, [new(id, NodeLabels.Case, id, "2024-01")], [.. concepts.Select(c => new GraphEdge(id, EdgeTypes.Takes, c))]);

    private static readonly GraphFragment Vocabulary = new(GraphFragments.VocabularyOwner,
        [new("oxycodone", NodeLabels.Medication, "Oxycodone"), new("opioids", NodeLabels.DrugClass, "Opioids")],
        [new("oxycodone", EdgeTypes.InClass, "opioids")]);

    [Fact]
    public void Fragments_others_link_to_come_first_and_batches_stay_within_the_bound()
    {
        // As an export orders them: by owner, so cases come before the vocabulary they link to.
        var batches = GraphBatches.Bounded([Case("case-1", "oxycodone"), Case("case-2", "oxycodone", "opioids"), Case("case-3"), Vocabulary], 7, maxItems: 3);

        Assert.Equal([["vocabulary"], ["case-1"], ["case-2"], ["case-3"]], batches.Select(b => b.Fragments.Select(f => f.Owner).ToArray()));
        Assert.Equal([GraphBatch.InProgress, GraphBatch.InProgress, GraphBatch.InProgress, 7], batches.Select(b => b.Sequence));
        Assert.All(batches, b => Assert.Empty(b.RemovedOwners));
    }

    [Fact]
    public void Small_fragments_share_a_batch_and_an_empty_graph_is_one_batch_with_the_sequence()
    {
        var batches = GraphBatches.Bounded([Vocabulary, Case("case-1", "oxycodone"), Case("case-2")], 3, maxItems: 5);
        Assert.Equal([["vocabulary", "case-1"], ["case-2"]], batches.Select(b => b.Fragments.Select(f => f.Owner).ToArray()));

        var empty = Assert.Single(GraphBatches.Bounded([], 4, maxItems: 10));
        Assert.Equal(4, empty.Sequence);
        Assert.Empty(empty.Fragments);
    }
}
