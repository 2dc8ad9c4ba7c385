using CaseGraph.Core.Search;
using CaseGraph.Tests.Shared;

namespace CaseGraph.Core.Tests;

/// <summary>Finding 6 of issue 17: trend answers subtracted from one another must not give back a withheld count.</summary>
public class TrendsDifferencingTests
{
    private static readonly string[] Settings = ["rural", "urban", "tribal"];
    private static readonly string[] Topics = ["a", "b", "c", "d"];
    private static readonly CellRounding Rounding = new([.. Enumerable.Range(1, 32).Select(i => (byte)(i * 37))]);

    /// <summary>Five years of months per setting, from empty months to busy ones, with topics of every size.</summary>
    private static Dictionary<string, List<MonthCounts>> Archive()
    {
        var random = new Random(17);
        var bySetting = Settings.ToDictionary(s => s, _ => new List<MonthCounts>());
        for (var year = 2019; year <= 2023; year++)
            for (var month = 1; month <= 12; month++)
                foreach (var setting in Settings)
                {
                    var cases = random.Next(0, 40);
                    bySetting[setting].Add(new($"{year}-{month:00}", cases, Topics.ToDictionary(t => t, _ => random.Next(0, cases + 1))));
                }
        bySetting["all"] = bySetting["rural"].Select((m, i) => new MonthCounts(m.Month, Settings.Sum(s => bySetting[s][i].Cases),
            Topics.ToDictionary(t => t, t => Settings.Sum(s => bySetting[s][i].Counts[t])))).ToList();
        return bySetting;
    }

    /// <summary>Every table the endpoint can build (each interval, all cases and each setting) and every aligned window of it.</summary>
    private static DifferencingAttack Attack(bool rounded)
    {
        var attack = new DifferencingAttack();
        foreach (var (filterName, months) in Archive())
            foreach (var interval in Enum.GetValues<TrendInterval>())
            {
                var filter = filterName == "all" ? "all" : "setting=" + filterName;
                var table = Trends.Build(months, Topics, interval,
                    publication: rounded ? new TrendPublication(Rounding, "topic", filter, ComplementaryCell: true) : null);
                var starts = table.Periods.Select(p => TrendWindow.FirstMonth(p.Period)).ToList();
                var ends = starts.Skip(1).Select(PreviousMonth).Append("2023-12").ToList();
                foreach (var from in starts.Where((_, i) => i % 5 == 0))
                    foreach (var to in ends.Where(e => string.CompareOrdinal(e, from) >= 0).Where((_, i) => i % 7 == 0))
                        foreach (var topic in (string?[])[null, "a"])
                            attack.Read(new PublishedTrend("topic", filter, Trends.Slice(table, from, to, topic is null ? Topics : [topic])));
            }
        return attack;
    }

    private static string PreviousMonth(string yearMonth)
    {
        var (year, month) = (int.Parse(yearMonth[..4]), int.Parse(yearMonth[5..]));
        return month == 1 ? $"{year - 1}-12" : $"{year}-{month - 1:00}";
    }

    [Fact]
    public void Without_rounding_the_attack_recovers_withheld_counts_from_years_quarters_months_and_settings()
    {
        var attack = Attack(rounded: false);

        Assert.Empty(attack.Conflicts);
        Assert.NotEmpty(attack.Recovered(Settings));
    }

    [Fact]
    public void Rounded_per_cell_no_set_of_answers_pins_a_count_from_1_to_10()
    {
        var attack = Attack(rounded: true);

        Assert.Empty(attack.Conflicts); // every window showed the same number for the same cell
        Assert.True(attack.ShownNumbers > 500 && attack.WithheldNumbers > 300,
            $"the attack had shown ({attack.ShownNumbers}) and withheld ({attack.WithheldNumbers}) numbers to work with");
        Assert.Empty(attack.Recovered(Settings));
    }

    [Fact]
    public void The_reviewers_attack_a_year_to_december_minus_the_year_to_november_no_longer_runs()
    {
        var months = Archive()["all"];
        int Year(string to) => Trends.Build(months.Where(m => string.CompareOrdinal(m.Month, to) <= 0 && m.Month.StartsWith("2022")),
            Topics, TrendInterval.Year).Cells.Where(c => !c.Suppressed).Sum(c => c.Count!.Value);
        Assert.NotEqual(Year("2022-12"), Year("2022-11")); // the old answers over part of a year differ by December's counts

        Assert.Equal("to must be the last month of a year: 2021-12 or 2022-12 would be accepted", TrendWindow.ToError("2022-11", TrendInterval.Year));
        var table = Trends.Build(months, Topics, TrendInterval.Year, publication: new TrendPublication(Rounding, "topic", "all", true));
        Assert.Equal(Trends.Slice(table, "2022-01", "2022-12", Topics).Cells, Trends.Slice(table, "2019-01", null, Topics).Cells.Where(c => c.Period == "2022"));
    }

    [Fact]
    public void Concept_cells_do_not_depend_on_the_other_concepts_asked_for()
    {
        var months = Archive()["all"].Select(m => m with
        {
            Counts = new Dictionary<string, int>(m.Counts) { ["a+b"] = Math.Min(m.Counts["a"], m.Counts["b"]) / 2 },
        }).ToList();
        TrendTable Ask(params string[] series) => Trends.Build(months, series, TrendInterval.Quarter, [.. series.Where(s => s.Contains('+'))
            .SelectMany(s => s.Split('+').Select(w => (s, w)))], new TrendPublication(Rounding, "concept", "all", ComplementaryCell: false));

        var alone = Ask("a").Cells;
        var beside = Ask("a", "b", "a+b").Cells.Where(c => c.Series == "a");
        Assert.Equal(alone, beside);
        Assert.Equal("a+b", ConceptTrends.CoOccurrence(["b", "a"]));
    }
}
