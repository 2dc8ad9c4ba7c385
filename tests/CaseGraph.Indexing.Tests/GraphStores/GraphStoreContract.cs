using CaseGraph.Core.Graph;
using static CaseGraph.Core.Graph.EdgeTypes;
using static CaseGraph.Core.Graph.NodeLabels;

namespace CaseGraph.Indexing.Tests.GraphStores;

/// <summary>
/// What every graph store must do, run against each implementation: SQLite always, Neo4j when a server is given.
/// A small graph: two drug classes, three medications, a condition, and three cases.
/// </summary>
public abstract partial class GraphStoreContract
{
    /// <summary>An empty, initialised store (or a skip, with the reason, when the implementation cannot run here).</summary>
    protected abstract Task<IGraphStore> CreateStoreAsync();

    private static readonly CancellationToken Ct = CancellationToken.None;

    private static GraphFragment Vocabulary() => new(GraphFragments.VocabularyOwner,
    [
        new("opioids", DrugClass, "Opioids"), new("benzodiazepines", DrugClass, "Benzodiazepines"),
        new("oxycodone", Medication, "Oxycodone"), new("buprenorphine", Medication, "Buprenorphine"),
        new("buprenorphine-naloxone", Medication, "Buprenorphine-naloxone"), new("alprazolam", Medication, "Alprazolam"),
        new("oud", Condition, "Opioid use disorder"),
    ],
    [
        new("oxycodone", InClass, "opioids"), new("buprenorphine", InClass, "opioids"),
        new("buprenorphine-naloxone", IsA, "buprenorphine"), new("alprazolam", InClass, "benzodiazepines"),
    ]);

    private static GraphFragment Case(string id, string month, params (string Type, string Concept)[] links) => new(id,
        [new(id, NodeLabels.Case, "Case " + id, month), new(id + "-r1", Recommendation, "Recommendation of " + id)],
        [.. links.Select(l => new GraphEdge(id, l.Type, l.Concept)), new(id, Received, id + "-r1"), new(id + "-r1", Recommends, "buprenorphine")]);

    private static readonly GraphFragment CaseA = Case("case-a", "2022-05", (Takes, "oxycodone"), (Takes, "alprazolam"), (HasCondition, "oud"));
    private static readonly GraphFragment CaseB = Case("case-b", "2022-05", (Takes, "buprenorphine-naloxone"), (HasCondition, "oud"));
    private static readonly GraphFragment CaseC = Case("case-c", "2023-01", (Takes, "alprazolam"), (HasCondition, "oud"));

    private static async Task<IGraphStore> LoadedAsync(IGraphStore store)
    {
        await store.ApplyAsync(new GraphBatch(1, [], [Vocabulary()]), Ct);
        await store.ApplyAsync(new GraphBatch(2, [], [CaseA, CaseB, CaseC]), Ct);
        return store;
    }

    [SkippableFact]
    public async Task A_batch_is_counted_and_its_sequence_kept()
    {
        var store = await LoadedAsync(await CreateStoreAsync());
        Assert.Equal(new GraphStats(7 + 3 * 2, 4 + (3 + 2 + 2) + 3 * 2, 2), await store.GetStatsAsync(Ct));
        Assert.Equal(2, await store.GetSequenceAsync(Ct));
    }

    [SkippableFact]
    public async Task Applying_the_same_batch_again_changes_nothing()
    {
        var store = await LoadedAsync(await CreateStoreAsync());
        var before = await store.GetStatsAsync(Ct);
        await store.ApplyAsync(new GraphBatch(2, [], [CaseA, CaseB, CaseC]), Ct);
        Assert.Equal(before, await store.GetStatsAsync(Ct));
    }

    [SkippableFact]
    public async Task A_new_fragment_replaces_what_its_owner_had_and_a_removed_owner_leaves_nothing()
    {
        var store = await LoadedAsync(await CreateStoreAsync());
        await store.ApplyAsync(new GraphBatch(3, ["case-c"], [Case("case-a", "2022-06", (Takes, "buprenorphine"))]), Ct);

        Assert.Equal(["case-a", "case-b"], (await store.GetOwnersAsync(Ct)).Order());
        var a = await store.GetNeighboursAsync("case-a", Ct);
        Assert.Equal(["buprenorphine", "case-a-r1"], a.Select(n => n.Node.Id).Order());
        Assert.Empty(await store.GetNeighboursAsync("case-c", Ct));
        Assert.Equal(3, await store.GetSequenceAsync(Ct));
    }

    [SkippableFact]
    public async Task Rewriting_the_vocabulary_keeps_the_cases_links_to_its_concepts()
    {
        var store = await LoadedAsync(await CreateStoreAsync());
        await store.ApplyAsync(new GraphBatch(3, [], [Vocabulary()]), Ct);
        Assert.Contains(await store.GetNeighboursAsync("oxycodone", Ct), n => n.Node.Id == "case-a" && n.Edge.Type == Takes);
    }

    [SkippableFact]
    public async Task Narrower_concepts_are_found_transitively_without_the_ones_asked_for()
    {
        var store = await LoadedAsync(await CreateStoreAsync());
        Assert.Equal(["buprenorphine", "buprenorphine-naloxone", "oxycodone"], await store.GetNarrowerConceptsAsync(["opioids"], Ct));
        Assert.Equal(["buprenorphine-naloxone", "oxycodone"], await store.GetNarrowerConceptsAsync(["opioids", "buprenorphine"], Ct));
        Assert.Empty(await store.GetNarrowerConceptsAsync([], Ct));
    }

    [SkippableFact]
    public async Task Neighbours_are_found_in_both_directions()
    {
        var store = await LoadedAsync(await CreateStoreAsync());
        var neighbours = await store.GetNeighboursAsync("buprenorphine", Ct);
        Assert.Contains(neighbours, n => n.Node.Id == "opioids" && n.Node.Label == DrugClass && n.Edge == new GraphEdge("buprenorphine", InClass, "opioids"));
        Assert.Contains(neighbours, n => n.Node.Id == "buprenorphine-naloxone" && n.Edge.Type == IsA);
        Assert.Contains(neighbours, n => n.Node.Id == "case-a-r1" && n.Node.Label == Recommendation && n.Node.Name == "Recommendation of case-a");
    }

    [SkippableFact]
    public async Task Cases_sharing_concepts_rank_rarer_shared_concepts_higher()
    {
        var store = await LoadedAsync(await CreateStoreAsync());
        var similar = await store.FindCasesSharingConceptsAsync("case-a", 10, Ct);
        // case-c shares alprazolam (2 cases) and oud (3 cases); case-b only oud.
        Assert.Equal(["case-c", "case-b"], similar.Select(s => s.CaseId));
        Assert.Equal(["alprazolam", "oud"], similar[0].SharedConceptIds.Order());
        Assert.Equal(Math.Log(1 + 3.0 / 2) + Math.Log(1 + 3.0 / 3), similar[0].Score, 6);

        var withConcepts = await store.FindCasesWithConceptsAsync(["alprazolam"], 10, Ct);
        Assert.Equal(["case-a", "case-c"], withConcepts.Select(s => s.CaseId));
        Assert.Single(await store.FindCasesSharingConceptsAsync("case-a", 1, Ct));
    }

    [SkippableFact]
    public async Task Concept_cases_by_month_count_class_members()
    {
        var store = await LoadedAsync(await CreateStoreAsync());
        var data = await store.GetConceptCasesByMonthAsync(["opioids", "benzodiazepines"], Ct);
        Assert.Equal(new Dictionary<string, int> { ["2022-05"] = 2, ["2023-01"] = 1 }, data.CasesPerMonth);
        Assert.Equal(["benzodiazepines case-a 2022-05", "benzodiazepines case-c 2023-01", "opioids case-a 2022-05", "opioids case-b 2022-05"],
            data.Links.Select(l => $"{l.ConceptId} {l.CaseId} {l.Month}").Order());
    }

    [SkippableFact]
    public async Task Values_with_quotes_backslashes_and_cypher_are_stored_as_values()
    {
        var store = await CreateStoreAsync();
        const string hostile = "O'Brien \"x\" \\ }) DETACH DELETE n // $param ✓";
        await store.ApplyAsync(new GraphBatch(1, [], [new GraphFragment("owner'1", [new("n'1", Condition, hostile)], [])]), Ct);
        await store.ApplyAsync(new GraphBatch(2, [], [new GraphFragment("o2", [new("n2", Condition, "other")], [new("n2", IsA, "n'1")])]), Ct);
        var neighbour = Assert.Single(await store.GetNeighboursAsync("n2", Ct));
        Assert.Equal(hostile, neighbour.Node.Name);
        Assert.Equal(["o2", "owner'1"], (await store.GetOwnersAsync(Ct)).Order(StringComparer.Ordinal));
    }
}
