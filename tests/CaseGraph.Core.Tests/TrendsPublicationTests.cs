using CaseGraph.Core.Search;

namespace CaseGraph.Core.Tests;

/// <summary>The pure parts of safe trend exports: aligned windows, rounding per cell, CSV cells a spreadsheet cannot run.</summary>
public class TrendsPublicationTests
{
    private static readonly CellRounding Rounding = new(Enumerable.Range(0, 32).Select(i => (byte)i).ToArray());

    [Theory]
    [InlineData("2022-01", "2022-12", TrendInterval.Year, null, null)]
    [InlineData("2022-04", "2022-09", TrendInterval.Quarter, null, null)]
    [InlineData("2022-02", "2022-11", TrendInterval.Month, null, null)]
    [InlineData("2022-02", "2022-11", TrendInterval.Quarter,
        "from must be the first month of a quarter: 2022-01 or 2022-04 would be accepted",
        "to must be the last month of a quarter: 2022-09 or 2022-12 would be accepted")]
    [InlineData("2022-07", "2023-01", TrendInterval.Year,
        "from must be the first month of a year: 2022-01 or 2023-01 would be accepted",
        "to must be the last month of a year: 2022-12 or 2023-12 would be accepted")]
    public void Windows_must_be_whole_periods_and_the_error_names_the_accepted_months(string from, string to, TrendInterval interval,
        string? fromError, string? toError)
    {
        Assert.Equal(fromError, TrendWindow.FromError(from, interval));
        Assert.Equal(toError, TrendWindow.ToError(to, interval));
    }

    [Fact]
    public void A_slice_keeps_the_whole_periods_of_the_window_and_the_series_asked_for()
    {
        var months = new[] { "2021-12", "2022-01", "2022-05", "2022-12", "2023-01" }
            .Select(m => new MonthCounts(m, 40, new Dictionary<string, int> { ["a"] = 20, ["b"] = 15 }));
        var table = Trends.Build(months, ["a", "b"], TrendInterval.Quarter);

        var slice = Trends.Slice(table, "2022-01", "2022-12", ["b"]);

        Assert.Equal(["2022-Q1", "2022-Q2", "2022-Q4"], slice.Periods.Select(p => p.Period));
        Assert.Equal(table.Cells.Where(c => c.Series == "b" && c.Period.StartsWith("2022")), slice.Cells);
        Assert.Equal("2022-07", TrendWindow.FirstMonth("2022-Q3"));
    }

    [Fact]
    public void Rounding_gives_a_multiple_of_5_within_4_the_same_for_a_cell_every_time_and_unbiased_over_cells()
    {
        for (var count = 0; count < 60; count++)
        {
            var rounded = Rounding.Round(count, "topic|all|2022|a");
            Assert.Equal(0, rounded % CellRounding.Base);
            Assert.InRange(rounded - count, -4, 4);
            Assert.Equal(rounded, Rounding.Round(count, "topic|all|2022|a"));
            if (count % 5 == 0) Assert.Equal(count, rounded);
        }
        var mean = Enumerable.Range(0, 4000).Average(i => Rounding.Round(13, $"topic|all|{i}|a"));
        Assert.InRange(mean, 12.7, 13.3); // 13 goes up to 15 three times in five, down to 10 twice
        var otherKey = new CellRounding(new byte[32]);
        Assert.Contains(Enumerable.Range(0, 50), i => Rounding.Round(13, $"cell {i}") != otherKey.Round(13, $"cell {i}")); // the key decides
    }

    [Fact]
    public void Shares_are_computed_from_the_rounded_counts_and_the_table_says_it_is_rounded()
    {
        var table = Trends.Build([new MonthCounts("2022-01", 43, new Dictionary<string, int> { ["a"] = 21 })], ["a"], TrendInterval.Month, null,
            new TrendPublication(Rounding, "topic", "all", ComplementaryCell: true));

        var cell = table.Cells.Single();
        var cases = table.Periods.Single().Cases!.Value;
        Assert.Equal(Math.Round((double)cell.Count!.Value / cases, 4), cell.Share);
        Assert.Equal(0, cases % CellRounding.Base);
        Assert.Equal(CellRounding.Description, table.Rounding);
        Assert.StartsWith("# counts and period cases are rounded to a multiple of 5", Trends.ToCsv(table));
        Assert.Contains("counts rounded to a multiple of 5", TrendChart.ToSvg(table, new Dictionary<string, string>()));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+1", "'+1")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("\rcmd", "\"'\rcmd\"")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("oud-treatment", "oud-treatment")]
    [InlineData("", "")]
    public void Csv_cells_are_neutralised_and_quoted(string value, string cell) => Assert.Equal(cell, Csv.Cell(value));

    [Fact]
    public void A_hostile_series_name_cannot_become_a_formula_or_shift_the_columns_of_the_trend_csv()
    {
        var table = Trends.Build([new MonthCounts("2022-01", 40, new Dictionary<string, int> { ["=cmd|' /C calc'!A0,x"] = 20 })],
            ["=cmd|' /C calc'!A0,x"], TrendInterval.Month);

        Assert.Equal("period,series,count,share,period_cases\n2022-01,\"'=cmd|' /C calc'!A0,x\",20,0.5,40\n", Trends.ToCsv(table));
    }
}
