using System.Globalization;

namespace CaseGraph.Core.Search;

/// <summary>
/// The periods a trend request may ask for: whole periods of its interval only (a year from January to December, a
/// quarter from its first month to its last), so that no answer holds part of a period that another answer holds
/// whole. Year-months are "yyyy-MM". Pure.
/// </summary>
public static class TrendWindow
{
    public static int MonthsPer(TrendInterval interval) => interval switch
    {
        TrendInterval.Year => 12,
        TrendInterval.Quarter => 3,
        _ => 1,
    };

    /// <summary>Why <paramref name="from"/> cannot start a window of this interval, naming the accepted months either side; null if it can.</summary>
    public static string? FromError(string from, TrendInterval interval)
    {
        var n = MonthsPer(interval);
        var index = MonthIndex(from);
        if (index % n == 0) return null;
        var before = index - index % n;
        return $"from must be the first month of a {Name(interval)}: {YearMonth(before)} or {YearMonth(before + n)} would be accepted";
    }

    /// <summary>Why <paramref name="to"/> cannot end a window of this interval, naming the accepted months either side; null if it can.</summary>
    public static string? ToError(string to, TrendInterval interval)
    {
        var n = MonthsPer(interval);
        var index = MonthIndex(to);
        if (index % n == n - 1) return null;
        var before = index - index % n - 1;
        return $"to must be the last month of a {Name(interval)}: {YearMonth(before)} or {YearMonth(before + n)} would be accepted";
    }

    /// <summary>The first month of a period label: "2022" is 2022-01, "2022-Q3" is 2022-07, "2022-05" itself.</summary>
    public static string FirstMonth(string period) => period.Length switch
    {
        4 => period + "-01",
        7 when period[5] == 'Q' => YearMonth(MonthIndex(period[..4] + "-01") + (period[6] - '1') * 3),
        _ => period,
    };

    /// <summary>Whether a whole period lies in an aligned window (null ends are open).</summary>
    public static bool Contains(string period, string? from, string? to)
    {
        var first = FirstMonth(period);
        return (from is null || string.CompareOrdinal(first, from) >= 0) && (to is null || string.CompareOrdinal(first, to) <= 0);
    }

    /// <summary>A period label's interval and its first and last month ("2022", "2022-Q3", "2022-05"); null if it is no period label.</summary>
    public static (TrendInterval Interval, string First, string Last)? ParsePeriod(string? period)
    {
        if (period is null || !System.Text.Ascii.IsValid(period) || period.Length is not (4 or 7) || !period[..4].All(char.IsAsciiDigit)) return null;
        var interval = period.Length == 4 ? TrendInterval.Year
            : period[4] != '-' ? (TrendInterval?)null
            : period[5] == 'Q' && period[6] is >= '1' and <= '4' ? TrendInterval.Quarter
            : char.IsAsciiDigit(period[5]) && char.IsAsciiDigit(period[6]) && (period[5] - '0') * 10 + period[6] - '0' is >= 1 and <= 12 ? TrendInterval.Month
            : null;
        if (interval is not { } known) return null;
        var first = MonthIndex(FirstMonth(period));
        return (known, YearMonth(first), YearMonth(first + MonthsPer(known) - 1));
    }

    private static string Name(TrendInterval interval) => interval.ToString().ToLowerInvariant();

    private static int MonthIndex(string yearMonth) =>
        int.Parse(yearMonth[..4], CultureInfo.InvariantCulture) * 12 + int.Parse(yearMonth[5..7], CultureInfo.InvariantCulture) - 1;

    private static string YearMonth(int index) => $"{index / 12:0000}-{index % 12 + 1:00}";
}
