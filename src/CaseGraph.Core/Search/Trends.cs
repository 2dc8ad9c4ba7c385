using System.Globalization;
using System.Text;

namespace CaseGraph.Core.Search;

public enum TrendInterval { Month, Quarter, Year }

/// <summary>How many cases one month has, and how many of them fall in each series (a topic, a concept).</summary>
public sealed record MonthCounts(string Month, int Cases, IReadOnlyDictionary<string, int> Counts);

/// <summary>One series (a topic, a concept) in one period: its count and share of the period's cases; null where suppressed.</summary>
public sealed record TrendCell(string Period, string Series, int? Count, double? Share, bool Suppressed);

public sealed record TrendPeriod(string Period, int? Cases, bool Suppressed);

/// <param name="Rounding">how the shown numbers were rounded (<see cref="CellRounding.Description"/>); null for true counts</param>
public sealed record TrendTable(TrendInterval Interval, IReadOnlyList<TrendPeriod> Periods, IReadOnlyList<TrendCell> Cells, string? Rounding = null);

/// <summary>
/// How a table is published: every shown number rounded by <see cref="Rounding"/> under a name fixed for its cell:
/// the source (topic or concept links), the filter (all cases, or one setting) and the period, plus the series for
/// a count. Period totals are named without the source, as topic and concept trends count the same cases.
/// <see cref="ComplementaryCell"/> withholds a second cell beside a lone withheld one; it must be off where the caller
/// picks the table's series (concepts), so that a cell's fate depends on its own counts and not on its neighbours.
/// </summary>
public sealed record TrendPublication(CellRounding Rounding, string Source, string Filter, bool ComplementaryCell)
{
    public string CellName(string period, string series) => $"{Source}|{Filter}|{period}|{series}";

    public string TotalName(string period) => $"cases|{Filter}|{period}";
}

/// <summary>
/// Case counts and shares per series (topics, concepts) and period, with small-cell suppression as public health
/// releases do. A count is withheld when it is from 1 to <see cref="SmallCell"/>, or when it would reveal such a
/// number by subtraction: from the period total (19 of 20 cases tells that 1 case lacks it) or from a series it is
/// part of (cases with fentanyl and xylazine, within cases with fentanyl). Where one cell of a period is withheld, the
/// next smallest is withheld too, so that no withheld count can be worked out from the others. Pure.
/// <para>
/// Why published answers cannot be differenced (issue 17, finding 6). An attacker subtracts answers that share all but
/// a few cases: a window from one ending a month earlier, a year from its months, all settings from the other
/// settings, a period total from a count, a series from one nested in it. Three rules close this. (1) Windows are whole
/// periods of their interval (<see cref="TrendWindow"/>), so no period is ever counted over part of its months. (2) An
/// endpoint builds one table per source, interval and filter over the whole archive and every series, and answers with
/// a <see cref="Slice"/> of it: the same cell has the same number in every answer, so overlapping windows and topic
/// filters add nothing to what the whole table shows. (3) Every shown number is rounded with a draw fixed per cell
/// (<see cref="CellRounding"/>), so each lies within 4 of the truth; any difference of answers is off by up to 4 for
/// each term it uses and is never exact; withheld cells stay withheld, and shares come from the rounded numbers. The
/// filters that remain (interval, setting) are tables of their own, each rounded per cell, so the identities between
/// them (a year is its months; all cases are the cases of each setting) only ever subtract rounded numbers.
/// </para>
/// </summary>
public static class Trends
{
    public const int SmallCell = 10;

    public static string PeriodOf(string month, TrendInterval interval) => interval switch
    {
        TrendInterval.Year => month[..4],
        TrendInterval.Quarter => $"{month[..4]}-Q{(int.Parse(month[5..7], CultureInfo.InvariantCulture) - 1) / 3 + 1}",
        _ => month,
    };

    /// <param name="nested">pairs of series where every case of the first is also in the second</param>
    /// <param name="publication">how shown numbers are rounded; null shows the true counts (only for tests of suppression)</param>
    public static TrendTable Build(IEnumerable<MonthCounts> months, IReadOnlyList<string> series, TrendInterval interval,
        IReadOnlyList<(string Part, string Whole)>? nested = null, TrendPublication? publication = null)
    {
        static bool Small(int n) => n is > 0 and <= SmallCell;
        var periods = months.GroupBy(m => PeriodOf(m.Month, interval)).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (Period: g.Key, Cases: g.Sum(m => m.Cases),
                Counts: series.ToDictionary(s => s, s => g.Sum(m => m.Counts.GetValueOrDefault(s)))))
            .ToList();
        var cells = new List<TrendCell>();
        var rows = new List<TrendPeriod>();
        foreach (var (period, cases, counts) in periods)
        {
            var withheld = counts.Where(c => Small(c.Value) || Small(cases - c.Value)).Select(c => c.Key).ToHashSet();
            foreach (var (part, whole) in nested ?? [])
                if (Small(counts[whole] - counts[part])) withheld.Add(part);
            if (withheld.Count == 1 && publication is not { ComplementaryCell: false })
            {
                var next = counts.Where(c => c.Value > 0 && !withheld.Contains(c.Key)).OrderBy(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
                    .Select(c => c.Key).FirstOrDefault();
                if (next is not null) withheld.Add(next);
            }
            var smallPeriod = Small(cases);
            var shownCases = publication?.Rounding.Round(cases, publication.TotalName(period)) ?? cases;
            rows.Add(new TrendPeriod(period, smallPeriod ? null : shownCases, smallPeriod));
            foreach (var name in series)
            {
                var hidden = smallPeriod || withheld.Contains(name);
                var shown = publication?.Rounding.Round(counts[name], publication.CellName(period, name)) ?? counts[name];
                cells.Add(new TrendCell(period, name, hidden ? null : shown,
                    hidden || shownCases == 0 ? null : Math.Round((double)shown / shownCases, 4), hidden));
            }
        }
        return new TrendTable(interval, rows, cells, publication is null ? null : CellRounding.Description);
    }

    /// <summary>The whole periods of an aligned window (null ends are open) and the cells of these series: a part of one table.</summary>
    public static TrendTable Slice(TrendTable table, string? from, string? to, IReadOnlyCollection<string> series) =>
        table with
        {
            Periods = [.. table.Periods.Where(p => TrendWindow.Contains(p.Period, from, to))],
            Cells = [.. table.Cells.Where(c => series.Contains(c.Series) && TrendWindow.Contains(c.Period, from, to))],
        };

    /// <summary>
    /// period,series,count,share,period_cases after a comment line saying how numbers are rounded: suppressed cells
    /// say "suppressed", never a number; every cell is neutralised (<see cref="Csv"/>).
    /// </summary>
    public static string ToCsv(TrendTable table)
    {
        var csv = new StringBuilder();
        if (table.Rounding is not null) csv.Append("# ").Append(table.Rounding).Append('\n');
        Csv.AppendLine(csv, "period", "series", "count", "share", "period_cases");
        var cases = table.Periods.ToDictionary(p => p.Period);
        foreach (var c in table.Cells)
        {
            var p = cases[c.Period];
            Csv.AppendLine(csv, c.Period, c.Series,
                c.Suppressed ? "suppressed" : c.Count!.Value.ToString(CultureInfo.InvariantCulture),
                c.Suppressed ? "suppressed" : c.Share?.ToString("0.####", CultureInfo.InvariantCulture) ?? "",
                p.Suppressed ? "suppressed" : p.Cases!.Value.ToString(CultureInfo.InvariantCulture));
        }
        return csv.ToString();
    }
}
