using CaseGraph.Core.Graph;

namespace CaseGraph.Core.Tests;

public class ConceptOverlapAccumulatorTests
{
    private static readonly string[] Concepts = ["a", "b", "c", "d", "e", "f"];

    [Theory]
    [InlineData(1, 3)]
    [InlineData(2, 10)]
    [InlineData(3, 50)]
    public void Ranks_exactly_as_the_row_wise_scoring_across_parts_with_deletions_and_an_excluded_case(int seed, int limit)
    {
        var random = new Random(seed);
        // Three parts; ids are not in ordinal order within a part, so ties must be broken by id, not by position.
        var parts = Enumerable.Range(0, 3).Select(p =>
        {
            var ids = Enumerable.Range(0, 40).Select(i => $"case-{random.Next(1000):D4}-{p}{i}").ToArray();
            var links = ids.Select(_ => Concepts.Where(_ => random.Next(3) == 0).ToHashSet()).ToArray();
            var dead = ids.Select(_ => random.Next(6) == 0).ToArray();
            return (Ids: ids, Links: links, Dead: dead);
        }).ToList();
        var postings = parts.Select((p, n) => new LivePostings(
            new CaseConceptPostings(p.Ids, Concepts.ToDictionary(c => c, c => Enumerable.Range(0, p.Ids.Length).Where(o => p.Links[o].Contains(c)).ToArray())),
            n == 1 ? null : o => !p.Dead[o], Excluded: n == 2 ? 5 : null)).ToList();
        var compared = new[] { "c", "a", "e", "a", "unknown" };

        // The graph's rows: every live case with each compared concept it has; the excluded case counts in the frequencies only.
        var live = parts.SelectMany((p, n) => p.Ids.Select((id, o) => (Id: id, Links: p.Links[o], Live: n == 1 || !p.Dead[o], Excluded: n == 2 && o == 5)))
            .Where(c => c.Live).ToList();
        var df = compared.Distinct().ToDictionary(c => c, c => (long)live.Count(x => x.Links.Contains(c)));
        var rows = live.Where(c => !c.Excluded).SelectMany(c => compared.Distinct().Where(c.Links.Contains).Select(concept => (c.Id, concept, df[concept])));
        var expected = ConceptOverlapScoring.Rank(rows, live.Count, limit);

        var actual = ConceptOverlapAccumulator.Rank(postings, compared, limit, CancellationToken.None);

        Assert.Equal(expected.Select(o => (o.CaseId, o.Score, string.Join(",", o.SharedConceptIds))),
            actual.Select(o => (o.CaseId, o.Score, string.Join(",", o.SharedConceptIds))));
        Assert.Equal(Math.Min(limit, expected.Count), actual.Count);
    }

    [Fact]
    public void Equal_scores_go_to_the_smaller_id_and_shared_concepts_come_in_id_order()
    {
        var part = new CaseConceptPostings(["z", "m", "a", "q"], new Dictionary<string, int[]> { ["b"] = [0, 1, 2], ["a"] = [0, 1, 2, 3] });

        var ranked = ConceptOverlapAccumulator.Rank([new LivePostings(part)], ["b", "a"], 3, CancellationToken.None);

        Assert.Equal(["a", "m", "z"], ranked.Select(o => o.CaseId));
        Assert.Equal(["a", "b"], ranked[0].SharedConceptIds);
        Assert.Equal(Math.Log(1 + 4.0 / 4) + Math.Log(1 + 4.0 / 3), ranked[0].Score);
    }

    [Fact]
    public void Row_order_does_not_change_the_row_wise_scores()
    {
        var rows = new[] { ("x", "c", 3L), ("x", "a", 7L), ("x", "b", 2L), ("y", "b", 2L), ("y", "c", 3L), ("y", "a", 7L) };

        var ranked = ConceptOverlapScoring.Rank(rows, 10, 2);

        Assert.Equal(ranked[0].Score, ranked[1].Score);
        Assert.Equal(["x", "y"], ranked.Select(o => o.CaseId));
        Assert.All(ranked, o => Assert.Equal(["a", "b", "c"], o.SharedConceptIds));
    }

    [Fact]
    public void Nothing_shared_or_no_limit_gives_nothing()
    {
        var part = new CaseConceptPostings(["a"], new Dictionary<string, int[]> { ["x"] = [0] });

        Assert.Empty(ConceptOverlapAccumulator.Rank([new LivePostings(part)], ["y"], 5, CancellationToken.None));
        Assert.Empty(ConceptOverlapAccumulator.Rank([new LivePostings(part)], ["x"], 0, CancellationToken.None));
        Assert.Empty(ConceptOverlapAccumulator.Rank([new LivePostings(part, Excluded: 0)], ["x"], 5, CancellationToken.None));
        Assert.Empty(ConceptOverlapAccumulator.Rank([], ["x"], 5, CancellationToken.None));
    }
}
