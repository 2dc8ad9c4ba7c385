using System.Globalization;
using System.Text;

namespace CaseGraph.Core.Search;

public enum TrendInterval { Month, Quarter, Year }

/// <summary>How many cases one month has, and how many of them fall in each series (a topic, a concept).</summary>
public sealed record MonthCounts(string Month, int Cases, IReadOnlyDictionary<string, int> Counts);

/// <summary>One series (a topic, a concept) in one period: its count and share of the period's cases; null where suppressed.</summary>
public sealed record TrendCell(string Period, string Series, int? Count, double? Share, bool Suppressed);

public sealed record TrendPeriod(string Period, int? Cases, bool Suppressed);

public sealed record TrendTable(TrendInterval Interval, IReadOnlyList<TrendPeriod> Periods, IReadOnlyList<TrendCell> Cells);

/// <summary>
/// Case counts and shares per series (topics, concepts) and period, with small-cell suppression as public health
/// releases do. A count is withheld when it is from 1 to <see cref="SmallCell"/>, or when it would reveal such a
/// number by subtraction: from the period total (19 of 20 cases tells that 1 case lacks it) or from a series it is
/// part of (cases with fentanyl and xylazine, within cases with fentanyl). Where one cell of a period is withheld, the
/// next smallest is withheld too, so that no withheld count can be worked out from the others. Pure.
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
    public static TrendTable Build(IEnumerable<MonthCounts> months, IReadOnlyList<string> series, TrendInterval interval,
        IReadOnlyList<(string Part, string Whole)>? nested = null)
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
            if (withheld.Count == 1)
            {
                var next = counts.Where(c => c.Value > 0 && !withheld.Contains(c.Key)).OrderBy(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
                    .Select(c => c.Key).FirstOrDefault();
                if (next is not null) withheld.Add(next);
            }
            var smallPeriod = Small(cases);
            rows.Add(new TrendPeriod(period, smallPeriod ? null : cases, smallPeriod));
            foreach (var name in series)
            {
                var hidden = smallPeriod || withheld.Contains(name);
                cells.Add(new TrendCell(period, name, hidden ? null : counts[name],
                    hidden || cases == 0 ? null : Math.Round((double)counts[name] / cases, 4), hidden));
            }
        }
        return new TrendTable(interval, rows, cells);
    }

    /// <summary>period,series,count,share,period_cases: suppressed cells say "suppressed", never a number.</summary>
    public static string ToCsv(TrendTable table)
    {
        var csv = new StringBuilder("period,series,count,share,period_cases\n");
        var cases = table.Periods.ToDictionary(p => p.Period);
        foreach (var c in table.Cells)
        {
            var p = cases[c.Period];
            csv.Append(c.Period).Append(',').Append(c.Series).Append(',')
                .Append(c.Suppressed ? "suppressed" : c.Count!.Value.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(c.Suppressed ? "suppressed" : c.Share?.ToString("0.####", CultureInfo.InvariantCulture) ?? "").Append(',')
                .Append(p.Suppressed ? "suppressed" : p.Cases!.Value.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }
        return csv.ToString();
    }
}
