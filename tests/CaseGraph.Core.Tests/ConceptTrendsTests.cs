using CaseGraph.Core.Graph;
using CaseGraph.Core.Search;

namespace CaseGraph.Core.Tests;

public class ConceptTrendsTests
{
    private static readonly ConceptCasesByMonth Data = new(
        new Dictionary<string, int> { ["2024-01"] = 30, ["2024-02"] = 20, ["2024-04"] = 25 },
        [
            new("fentanyl", "c1", "2024-01"), new("fentanyl", "c2", "2024-01"), new("xylazine", "c2", "2024-01"),
            new("fentanyl", "c3", "2024-02"), new("xylazine", "c4", "2024-02"),
            new("fentanyl", "c5", "2024-04"), new("xylazine", "c5", "2024-04"), new("xylazine", "c6", "2024-04"),
        ]);

    [Fact]
    public void Each_concept_counts_its_cases_and_the_joint_series_counts_cases_with_all_of_them()
    {
        var months = ConceptTrends.Count(Data, ["fentanyl", "xylazine"], null, null);

        Assert.Equal(["2024-01", "2024-02", "2024-04"], months.Select(m => m.Month));
        Assert.Equal([30, 20, 25], months.Select(m => m.Cases));
        Assert.Equal([2, 1, 1], months.Select(m => m.Counts["fentanyl"]));
        Assert.Equal([1, 1, 2], months.Select(m => m.Counts["xylazine"]));
        Assert.Equal([1, 0, 1], months.Select(m => m.Counts["fentanyl+xylazine"]));
        Assert.Equal(["fentanyl", "xylazine", "fentanyl+xylazine"], ConceptTrends.Series(["fentanyl", "xylazine"]));
    }

    [Fact]
    public void Months_outside_from_and_to_are_left_out_and_months_without_links_count_zero()
    {
        var months = ConceptTrends.Count(Data, ["xylazine"], "2024-02", "2024-03");

        var only = Assert.Single(months);
        Assert.Equal(("2024-02", 20, 1), (only.Month, only.Cases, only.Counts["xylazine"]));
        Assert.Equal(["xylazine"], ConceptTrends.Series(["xylazine"]));
        Assert.Equal(0, ConceptTrends.Count(Data, ["heroin"], null, null)[0].Counts["heroin"]);
    }

    [Fact]
    public void Concept_trends_go_through_the_same_suppression_as_topic_trends()
    {
        var table = Trends.Build(ConceptTrends.Count(Data, ["fentanyl", "xylazine"], null, null),
            ConceptTrends.Series(["fentanyl", "xylazine"]), TrendInterval.Quarter, ConceptTrends.Nested(["fentanyl", "xylazine"]));

        Assert.All(table.Cells, c => Assert.True(c.Suppressed || c.Count is 0 or > Trends.SmallCell));
        Assert.DoesNotContain(table.Cells, c => c.Count is >= 1 and <= Trends.SmallCell);
    }
}
