using CaseGraph.Core.Search;

namespace CaseGraph.Tests.Shared;

/// <summary>One published trend answer: which counts (topic or concept links), under which filter ("all", "setting=rural").</summary>
public sealed record PublishedTrend(string Source, string Filter, TrendTable Table);

/// <summary>
/// What an attacker can work out from a set of trend answers, by the identities between their numbers: a year is its
/// quarters and its months, a quarter its months; all cases are the cases of each setting; a period's cases are those
/// with a series plus those without it; cases with concepts A and B lie within those with A. Each shown number bounds
/// the true count (exactly, or within the rounding), a withheld one says it may be anything up to the period total,
/// and the bounds are tightened through every identity until nothing changes. A count is recovered when its bounds
/// meet at a number from 1 to 10.
/// </summary>
public sealed class DifferencingAttack
{
    private const long Unbounded = 1_000_000;
    private const int MaxPasses = 500;
    private readonly Dictionary<string, (long Lo, long Hi)> _bounds = [];
    private readonly Dictionary<string, int> _shown = [];
    private readonly HashSet<(string Source, string Filter, TrendInterval Interval)> _seen = [];
    private readonly List<string> _conflicts = [];

    /// <summary>Answers that showed one cell with two different numbers: the table was not the same for both.</summary>
    public IReadOnlyList<string> Conflicts => _conflicts;

    public int ShownNumbers => _shown.Count;

    public int WithheldNumbers => _withheld.Count;

    private readonly HashSet<string> _withheld = [];

    public void Read(PublishedTrend answer)
    {
        var (source, filter, table) = answer;
        _seen.Add((source, filter, table.Interval));
        var slack = table.Rounding is null ? 0 : CellRounding.Base - 1;
        foreach (var period in table.Periods)
        {
            var total = Total(filter, period.Period);
            if (period.Suppressed) Narrow(total, 1, Trends.SmallCell);
            else Show(total, period.Cases!.Value, slack);
        }
        foreach (var cell in table.Cells)
        {
            var name = Cell(source, filter, cell.Period, cell.Series);
            if (cell.Suppressed) { _withheld.Add(name); Narrow(name, 0, Unbounded); }
            else Show(name, cell.Count!.Value, slack);
        }
    }

    /// <summary>Every count the identities pin to a number from 1 to 10, with that number.</summary>
    public IReadOnlyDictionary<string, long> Recovered(IReadOnlyList<string> settings)
    {
        var identities = Identities(settings);
        for (var (changed, pass) = (true, 0); changed && pass < MaxPasses; pass++)
        {
            changed = false;
            foreach (var (whole, parts) in identities) changed |= Tighten(whole, parts);
        }
        _conflicts.AddRange(_bounds.Where(b => b.Value.Lo > b.Value.Hi).Select(b => $"{b.Key}: no count fits every answer"));
        return _bounds.Where(b => b.Value.Lo == b.Value.Hi && b.Value.Lo is >= 1 and <= Trends.SmallCell)
            .ToDictionary(b => b.Key, b => b.Value.Lo);
    }

    private static string Total(string filter, string period) => $"cases|{filter}|{period}";

    private static string Cell(string source, string filter, string period, string series) => $"{source}|{filter}|{period}|{series}";

    private void Show(string name, int shown, int slack)
    {
        if (_shown.TryGetValue(name, out var before) && before != shown) _conflicts.Add($"{name}: {before} and {shown}");
        _shown[name] = shown;
        // a shown count above 0 is not 1-10 (those are withheld), and 0 is never rounded
        if (shown == 0) Narrow(name, 0, 0);
        else Narrow(name, Math.Max(Trends.SmallCell + 1, shown - slack), shown + slack);
    }

    private bool Narrow(string name, long lo, long hi)
    {
        var (oldLo, oldHi) = _bounds.GetValueOrDefault(name, (0, Unbounded));
        var now = (Math.Max(oldLo, lo), Math.Min(oldHi, hi));
        _bounds[name] = now;
        return now != (oldLo, oldHi);
    }

    /// <summary>whole = sum of parts: each side bounds the other.</summary>
    private bool Tighten(string whole, IReadOnlyList<string> parts)
    {
        var bounds = parts.Select(p => _bounds.GetValueOrDefault(p, (0, Unbounded))).ToList();
        var (lo, hi) = (bounds.Sum(b => b.Item1), Math.Min(Unbounded, bounds.Sum(b => b.Item2)));
        var changed = Narrow(whole, lo, hi);
        var w = _bounds[whole];
        for (var i = 0; i < parts.Count; i++)
        {
            var othersLo = lo - bounds[i].Item1;
            var othersHi = bounds.Sum(b => b.Item2) - bounds[i].Item2;
            changed |= Narrow(parts[i], Math.Max(0, w.Lo - Math.Min(Unbounded, othersHi)), Math.Max(0, w.Hi - othersLo));
        }
        return changed;
    }

    private List<(string Whole, IReadOnlyList<string> Parts)> Identities(IReadOnlyList<string> settings)
    {
        var identities = new List<(string, IReadOnlyList<string>)>();
        var names = _bounds.Keys.ToList();
        var cells = names.Select(n => n.Split('|')).Where(p => p.Length == 4).Select(p => (Source: p[0], Filter: p[1], Period: p[2], Series: p[3]))
            .ToList();
        var totals = names.Select(n => n.Split('|')).Where(p => p.Length == 3).Select(p => (Filter: p[1], Period: p[2])).Distinct().ToList();

        // a period's cases = cases with a series + cases without it; cases with A = cases with A and B + the rest
        foreach (var c in cells)
        {
            var name = Cell(c.Source, c.Filter, c.Period, c.Series);
            identities.Add((Total(c.Filter, c.Period), [name, "without|" + name]));
            if (c.Series.Contains('+'))
                foreach (var member in c.Series.Split('+'))
                    identities.Add((Cell(c.Source, c.Filter, c.Period, member), [name, $"outside|{name}|{member}"]));
        }
        // a year is its quarters and its months, a quarter its months; unseen periods of a seen interval had no cases
        var seriesOf = cells.Select(c => (c.Source, c.Filter, c.Series)).Distinct().ToList();
        foreach (var (filter, period) in totals)
            foreach (var interval in Finer(period))
            {
                var parts = Children(period, interval);
                identities.Add((Total(filter, period), parts.Select(p => Total(filter, p)).ToList()));
                foreach (var (source, _, series) in seriesOf.Where(s => s.Filter == filter && _seen.Contains((s.Source, filter, interval))))
                    identities.Add((Cell(source, filter, period, series), parts.Select(p => Cell(source, filter, p, series)).ToList()));
            }
        // all cases = the cases of each setting
        foreach (var (filter, period) in totals.Where(t => t.Filter == "all"))
        {
            identities.Add((Total("all", period), settings.Select(s => Total("setting=" + s, period)).ToList()));
            foreach (var (source, _, series) in seriesOf.Where(s => s.Filter == "all"))
                identities.Add((Cell(source, "all", period, series), settings.Select(s => Cell(source, "setting=" + s, period, series)).ToList()));
        }
        foreach (var name in identities.SelectMany(i => i.Item2.Append(i.Item1)).Where(n => !_bounds.ContainsKey(n)).ToList())
            _bounds[name] = IsUnseenPeriod(name) ? (0, 0) : (0, Unbounded);
        return identities;
    }

    /// <summary>A period of an interval the attacker saw (over the whole archive) that no answer listed: it had no cases.</summary>
    private bool IsUnseenPeriod(string name)
    {
        var parts = name.Split('|');
        if (parts[0] is "without" or "outside") return false;
        var interval = IntervalOf(parts[2]);
        return parts.Length == 3
            ? _seen.Any(s => s.Filter == parts[1] && s.Interval == interval)
            : _seen.Contains((parts[0], parts[1], interval));
    }

    private IEnumerable<TrendInterval> Finer(string period) => IntervalOf(period) switch
    {
        TrendInterval.Year => [TrendInterval.Quarter, TrendInterval.Month],
        TrendInterval.Quarter => [TrendInterval.Month],
        _ => [],
    };

    private static TrendInterval IntervalOf(string period) =>
        period.Length == 4 ? TrendInterval.Year : period[5] == 'Q' ? TrendInterval.Quarter : TrendInterval.Month;

    private static List<string> Children(string period, TrendInterval interval)
    {
        var first = TrendWindow.FirstMonth(period);
        var months = IntervalOf(period) == TrendInterval.Year ? 12 : 3;
        var all = Enumerable.Range(0, months).Select(i => $"{first[..4]}-{int.Parse(first[5..]) + i:00}").ToList();
        return interval == TrendInterval.Month ? all : all.Where((_, i) => i % 3 == 0).Select(m => Trends.PeriodOf(m, TrendInterval.Quarter)).ToList();
    }
}
