using CaseGraph.Core.Search;

namespace CaseGraph.Core.Tests;

public class TrendSuppressionTests
{
    private static MonthCounts Month(string month, int cases, params (string Series, int Count)[] counts) =>
        new(month, cases, counts.ToDictionary(c => c.Series, c => c.Count));

    [Fact]
    public void Most_cells_hidden_by_month_suggests_quarters()
    {
        var table = Trends.Build([Month("2022-01", 30, ("a", 5), ("b", 25)), Month("2022-02", 30, ("a", 4), ("b", 26))], ["a", "b"], TrendInterval.Month);

        var summary = TrendSuppression.Of(table);

        Assert.Equal((4, 4), (summary.Cells, summary.Suppressed)); // a is small; b would reveal it from the total
        Assert.Equal("quarter", summary.SuggestedInterval);
        Assert.Contains("fewer than 11 cases", summary.Reason);
        Assert.StartsWith("4 of 4 cells hidden", summary.Sentence());
        Assert.EndsWith("Try by quarter.", summary.Sentence());
    }

    [Fact]
    public void A_few_hidden_cells_suggest_nothing_and_years_have_nothing_coarser()
    {
        var fewHidden = Trends.Build([Month("2022-01", 100, ("a", 30), ("b", 40), ("c", 5), ("d", 50))], ["a", "b", "c", "d"], TrendInterval.Quarter);
        var allHiddenByYear = Trends.Build([Month("2022-01", 8, ("a", 4))], ["a"], TrendInterval.Year);

        Assert.Null(TrendSuppression.Of(fewHidden).SuggestedInterval);
        Assert.Equal(2, TrendSuppression.Of(fewHidden).Suppressed); // c, and the next smallest beside it: 2 of 4, not most
        Assert.Equal((1, null), (TrendSuppression.Of(allHiddenByYear).Suppressed, TrendSuppression.Of(allHiddenByYear).SuggestedInterval));
        Assert.Equal("No cell is hidden.", TrendSuppression.Of(Trends.Build([Month("2022-01", 100, ("a", 40))], ["a"], TrendInterval.Year)).Sentence());
    }

    [Theory]
    [InlineData("2022", TrendInterval.Year, "2022-01", "2022-12")]
    [InlineData("2022-Q3", TrendInterval.Quarter, "2022-07", "2022-09")]
    [InlineData("2022-05", TrendInterval.Month, "2022-05", "2022-05")]
    public void A_period_label_gives_its_interval_and_months(string label, TrendInterval interval, string first, string last)
    {
        Assert.Equal((interval, first, last), TrendWindow.ParsePeriod(label));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("22")]
    [InlineData("2022-Q5")]
    [InlineData("2022-Q0")]
    [InlineData("2022-13")]
    [InlineData("2022-00")]
    [InlineData("2022/05")]
    [InlineData("２０２２")] // full-width digits are no year
    [InlineData("2022-05-01")]
    public void Anything_else_is_no_period(string? label)
    {
        Assert.Null(TrendWindow.ParsePeriod(label));
    }
}
