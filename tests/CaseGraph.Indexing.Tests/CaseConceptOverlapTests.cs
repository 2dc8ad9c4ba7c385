using CaseGraph.Core.Graph;
using CaseGraph.Core.Model;
using CaseGraph.Core.Search;
using CaseGraph.Graph.Sqlite;
using CaseGraph.Lucene;

namespace CaseGraph.Indexing.Tests;

/// <summary>
/// Similar cases rank the cases sharing concepts from the commit's postings in memory instead of the graph store's query.
/// On a generated archive indexed twice (several segments, deleted documents), both rankings must be the same for every case.
/// </summary>
public sealed class CaseConceptOverlapTests(SegmentSearchTests.TwoRuns runs) : IClassFixture<SegmentSearchTests.TwoRuns>
{
    private static CancellationToken Ct => CancellationToken.None;

    [Fact]
    public async Task Every_case_ranks_the_cases_sharing_its_concepts_exactly_as_the_graph_store_does()
    {
        using var index = LuceneSearchIndex.OpenPinned(runs.Paths.Lucene);
        var graph = new SqliteGraphStore(runs.Paths.Graph);
        var caseIds = index.MatchingIds(new IndexQuery { Kind = DocumentKind.Case }, Ct).Order(StringComparer.Ordinal).ToList();
        Assert.True(caseIds.Count >= 400);

        foreach (var caseId in caseIds)
        {
            var stored = index.GetCase(caseId, Ct)!;
            var expected = await graph.FindCasesSharingConceptsAsync(caseId, 50, Ct);

            var actual = index.CasesByConcepts(GraphFragments.CaseConceptNodes(stored.ConceptIds, stored.DailyMme), caseId, 50, Ct);

            Assert.NotNull(actual);
            Assert.Equal(Flatten(expected), Flatten(actual));
        }
    }

    [Theory]
    [InlineData("opioid-use-disorder")]
    [InlineData("buprenorphine-naloxone", "mme-band:90+", "no-such-concept")]
    [InlineData("mme-band:1-49", "chronic-low-back-pain", "naloxone", "physical-therapy")]
    public async Task A_list_of_concepts_ranks_cases_exactly_as_the_graph_store_does(params string[] concepts)
    {
        using var index = LuceneSearchIndex.OpenPinned(runs.Paths.Lucene);
        var graph = new SqliteGraphStore(runs.Paths.Graph);

        var expected = await graph.FindCasesWithConceptsAsync(concepts, 50, Ct);
        var actual = index.CasesByConcepts(concepts, null, 50, Ct);

        Assert.NotEmpty(expected);
        Assert.Equal(Flatten(expected), Flatten(actual!));
    }

    private static List<string> Flatten(IReadOnlyList<ConceptOverlap> ranking) =>
        ranking.Select(o => $"{o.CaseId} {o.Score:R} {string.Join(",", o.SharedConceptIds)}").ToList();
}
