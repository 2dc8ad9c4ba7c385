using CaseGraph.Core.Graph;
using static CaseGraph.Core.Graph.EdgeTypes;
using static CaseGraph.Core.Graph.NodeLabels;

namespace CaseGraph.Indexing.Tests.GraphStores;

/// <summary>How a batch writes, the same in every store: no edge to nothing, nodes that go take their edges, one label a node.</summary>
public abstract partial class GraphStoreContract
{
    private static IEnumerable<string> Described(IEnumerable<GraphEdge> edges) => edges.Select(e => $"{e.From} {e.Type} {e.To}").Order(StringComparer.Ordinal);

    [SkippableFact]
    public async Task An_edge_whose_end_node_is_missing_is_skipped_and_reported()
    {
        var store = await LoadedAsync(await CreateStoreAsync());
        var before = await store.GetStatsAsync(Ct);
        var result = await store.ApplyAsync(new GraphBatch(3, [], [new GraphFragment("case-d", [new("case-d", NodeLabels.Case, "Case case-d", "2023-02")],
            [new("case-d", Takes, "oxycodone"), new("case-d", Takes, "no-such-drug"), new("nowhere", IsA, "oud")])]), Ct);

        Assert.Equal(["case-d TAKES no-such-drug", "nowhere IS_A oud"], Described(result.SkippedEdges));
        Assert.Equal(new GraphStats(before.Nodes + 1, before.Edges + 1, 3), await store.GetStatsAsync(Ct));
        Assert.Equal(["oxycodone"], (await store.GetNeighboursAsync("case-d", Ct)).Select(n => n.Node.Id));
        Assert.DoesNotContain(await store.GetNeighboursAsync("oud", Ct), n => n.Node.Id == "nowhere");
    }

    [SkippableFact]
    public async Task An_edge_may_join_nodes_of_two_fragments_of_one_batch()
    {
        var store = await CreateStoreAsync();
        var result = await store.ApplyAsync(new GraphBatch(1, [], [CaseA, Vocabulary()]), Ct);
        Assert.Empty(result.SkippedEdges);
        Assert.Equal(["alprazolam", "case-a-r1", "oud", "oxycodone"], (await store.GetNeighboursAsync("case-a", Ct)).Select(n => n.Node.Id).Order());
    }

    [SkippableFact]
    public async Task A_concept_dropped_from_the_vocabulary_takes_every_edge_to_it()
    {
        var store = await LoadedAsync(await CreateStoreAsync());
        var vocabulary = Vocabulary();
        var without = vocabulary with
        {
            Nodes = [.. vocabulary.Nodes.Where(n => n.Id != "alprazolam")],
            Edges = [.. vocabulary.Edges.Where(e => e.From != "alprazolam")],
        };
        Assert.Empty((await store.ApplyAsync(new GraphBatch(3, [], [without]), Ct)).SkippedEdges);

        // The in-class edge (the vocabulary's) and both cases' TAKES edges go with the node.
        Assert.Equal(new GraphStats(13 - 1, 17 - 3, 3), await store.GetStatsAsync(Ct));
        Assert.DoesNotContain(await store.GetNeighboursAsync("case-a", Ct), n => n.Node.Id == "alprazolam");
        Assert.Empty(await store.GetNeighboursAsync("alprazolam", Ct));
        Assert.Empty(await store.FindCasesWithConceptsAsync(["alprazolam"], 10, Ct));
    }

    [SkippableFact]
    public async Task A_node_written_under_another_label_keeps_only_the_new_one()
    {
        var store = await LoadedAsync(await CreateStoreAsync());
        await store.ApplyAsync(new GraphBatch(3, [], [new GraphFragment("case-c", [new("case-c", Condition, "No longer a case")], [])]), Ct);

        // Two cases are left, so the one other case sharing oud with case-a (two cases have it) scores log(1 + 2/2).
        var similar = Assert.Single(await store.FindCasesSharingConceptsAsync("case-a", 10, Ct));
        Assert.Equal("case-b", similar.CaseId);
        Assert.Equal(Math.Log(1 + 2.0 / 2), similar.Score, 6);
        Assert.Equal(new Dictionary<string, int> { ["2022-05"] = 2 }, (await store.GetConceptCasesByMonthAsync(["oud"], Ct)).CasesPerMonth);
    }
}
