using CaseGraph.Core.Search;

namespace CaseGraph.Core.Tests;

public class TrendsTests
{
    private static MonthCounts Month(string month, int cases, params (string Topic, int Count)[] topics) =>
        new(month, cases, topics.ToDictionary(t => t.Topic, t => t.Count));

    [Fact]
    public void Counts_and_shares_roll_up_to_quarters()
    {
        var table = Trends.Build([Month("2022-01", 40, ("a", 20), ("b", 30)), Month("2022-03", 60, ("a", 30), ("b", 40)), Month("2022-04", 50, ("a", 25), ("b", 25))],
            ["a", "b"], TrendInterval.Quarter);

        Assert.Equal(["2022-Q1", "2022-Q2"], table.Periods.Select(p => p.Period));
        var q1a = table.Cells.Single(c => c is { Period: "2022-Q1", Series: "a" });
        Assert.Equal((50, 0.5), (q1a.Count!.Value, q1a.Share!.Value));
        Assert.Equal(100, table.Periods[0].Cases);
    }

    [Fact]
    public void Counts_from_1_to_10_are_suppressed_with_a_second_cell_so_none_can_be_derived()
    {
        var table = Trends.Build([Month("2023", 100, ("a", 7), ("b", 40), ("c", 53), ("d", 0))], ["a", "b", "c", "d"], TrendInterval.Year);

        var cells = table.Cells.ToDictionary(c => c.Series);
        Assert.True(cells["a"].Suppressed);
        Assert.True(cells["b"].Suppressed); // the next smallest, so that a = total - b - c cannot be worked out
        Assert.False(cells["c"].Suppressed);
        Assert.Equal(0, cells["d"].Count); // zero is not a small cell
        Assert.Null(cells["a"].Count);
        Assert.Null(cells["a"].Share);
    }

    [Fact]
    public void A_count_that_would_reveal_a_small_remainder_is_withheld_too()
    {
        // 95 of 100 cases have a: then 5 cases lack it. ab (within a) is 85: then 10 cases have a without b.
        var table = Trends.Build([Month("2023", 100, ("a", 95), ("ab", 85), ("c", 50), ("d", 40))], ["a", "ab", "c", "d"], TrendInterval.Year,
            [("ab", "a")]);

        var cells = table.Cells.ToDictionary(c => c.Series);
        Assert.True(cells["a"].Suppressed);
        Assert.True(cells["ab"].Suppressed);
        Assert.Equal((50, 40), (cells["c"].Count, cells["d"].Count));
        var shown = table.Cells.Where(c => !c.Suppressed).Select(c => c.Count!.Value).ToList();
        Assert.All(shown, n => Assert.False(n is >= 1 and <= Trends.SmallCell || 100 - n is >= 1 and <= Trends.SmallCell));
    }

    [Fact]
    public void No_random_table_shows_a_small_count_or_a_small_remainder_or_a_lone_withheld_cell()
    {
        var random = new Random(7);
        for (var round = 0; round < 500; round++)
        {
            var months = Enumerable.Range(1, 6).Select(m =>
            {
                var cases = random.Next(0, 60);
                return Month($"2024-{m:00}", cases, ("a", random.Next(0, cases + 1)), ("b", random.Next(0, cases + 1)), ("c", random.Next(0, cases + 1)));
            }).ToList();
            var table = Trends.Build(months, ["a", "b", "c"], TrendInterval.Month);

            foreach (var period in table.Periods)
            {
                var cells = table.Cells.Where(c => c.Period == period.Period).ToList();
                var total = months.Single(m => m.Month == period.Period).Cases;
                Assert.All(cells.Where(c => !c.Suppressed), c => Assert.False(c.Count is >= 1 and <= Trends.SmallCell));
                Assert.All(cells.Where(c => !c.Suppressed), c => Assert.False(total - c.Count is >= 1 and <= Trends.SmallCell));
                var withheld = cells.Where(c => c.Suppressed).ToList();
                if (!period.Suppressed && withheld.Count == 1)
                    Assert.DoesNotContain(cells, c => !c.Suppressed && c.Count > 0); // a lone withheld cell only when nothing else is shown
            }
        }
    }

    [Fact]
    public void A_small_period_is_suppressed_whole_and_csv_never_prints_a_suppressed_number()
    {
        var table = Trends.Build([Month("2024-02", 8, ("a", 8))], ["a"], TrendInterval.Month);

        Assert.True(table.Periods[0].Suppressed);
        Assert.Null(table.Periods[0].Cases);
        var csv = Trends.ToCsv(table);
        Assert.Equal("period,series,count,share,period_cases\n2024-02,a,suppressed,suppressed,suppressed\n", csv);
    }

    [Fact]
    public void The_chart_draws_a_line_per_topic_and_leaves_suppressed_periods_as_gaps()
    {
        var table = Trends.Build([Month("2022-01", 100, ("a", 50), ("b", 40)), Month("2022-02", 100, ("a", 5), ("b", 60), ("c", 35)),
            Month("2022-03", 100, ("a", 45), ("b", 20), ("c", 35))], ["a", "b"], TrendInterval.Month);

        var svg = TrendChart.ToSvg(table, new Dictionary<string, string> { ["a"] = "Topic A & more" });

        Assert.StartsWith("<svg", svg);
        Assert.Contains("Topic A &amp; more", svg);
        // 2022-02: a (5) is suppressed, and b beside it (secondary), so both lines break into single points
        Assert.Equal(0, svg.Split("<polyline").Length - 1);
        Assert.Equal(4, svg.Split("<circle").Length - 1);
        var unbroken = TrendChart.ToSvg(Trends.Build([Month("2022-01", 100, ("a", 50)), Month("2022-02", 100, ("a", 40))], ["a"], TrendInterval.Month), new Dictionary<string, string>());
        Assert.Equal(1, unbroken.Split("<polyline").Length - 1);
    }
}
