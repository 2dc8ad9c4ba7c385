using CaseGraph.Api.Search;
using CaseGraph.Core.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseGraph.Api.Trends;

/// <summary>A line of a trend table: a topic or a concept (or several concepts together), with a readable name.</summary>
public sealed record TrendSeries(string Id, string Name);

/// <summary>How the shown numbers were rounded: to a multiple of <paramref name="Base"/>, as the description says.</summary>
public sealed record TrendRounding(int Base, string Description);

/// <param name="Suppression">how many of the answer's cells are withheld, why, and a coarser interval to try when most are</param>
public sealed record TrendsResponse(string Interval, int SmallCellThreshold, TrendRounding? Rounding, IReadOnlyList<TrendSeries> Series,
    IReadOnlyList<TrendPeriod> Periods, IReadOnlyList<TrendCell> Cells, TrendSuppression Suppression);

/// <summary>The period and format parameters every trend export takes; from and to must bound whole periods of the interval.</summary>
public sealed record TrendOptions(TrendInterval Interval, string? From, string? To, string Format)
{
    public static readonly IReadOnlyList<string> Formats = ["json", "csv", "svg", "png"];

    public static TrendOptions Parse(string? interval, string? from, string? to, string? format, Dictionary<string, string[]> errors)
    {
        var parsed = TrendInterval.Month;
        if (interval is not null && !Enum.TryParse(interval, ignoreCase: true, out parsed)) errors["interval"] = ["interval must be month, quarter or year"];
        FilterValidation.YearMonth("from", from, errors);
        FilterValidation.YearMonth("to", to, errors);
        Aligned("from", from, TrendWindow.FromError, parsed, errors);
        Aligned("to", to, TrendWindow.ToError, parsed, errors);
        FilterValidation.Window(from, to, errors);
        if (format is not null && !Formats.Contains(format)) errors["format"] = ["format must be json, csv, svg or png"];
        return new TrendOptions(parsed, from, to, format ?? "json");
    }

    /// <summary>A valid year-month must also bound whole periods (the pattern's \d takes any script's digits: those are refused too).</summary>
    private static void Aligned(string name, string? value, Func<string, TrendInterval, string?> check, TrendInterval interval,
        Dictionary<string, string[]> errors)
    {
        if (value is null || errors.ContainsKey(name)) return;
        if ((System.Text.Ascii.IsValid(value) ? check(value, interval) : $"{name} must be a year-month like 2022-03") is { } error) errors[name] = [error];
    }
}

/// <summary>Writes a suppressed trend table as JSON, CSV, an SVG chart or a PNG chart: one shape for every kind of trend.</summary>
public static class TrendExport
{
    public static Results<Ok<TrendsResponse>, ContentHttpResult, FileContentHttpResult, ValidationProblem> Render(TrendTable table,
        IReadOnlyList<TrendSeries> series, string format, string chartTitle) => format switch
        {
            "csv" => TypedResults.Text(Core.Search.Trends.ToCsv(table), "text/csv"),
            "svg" => TypedResults.Text(TrendChart.ToSvg(table, series.ToDictionary(s => s.Id, s => s.Name), chartTitle), "image/svg+xml"),
            "png" => TypedResults.File(TrendPng.Render(table, series, chartTitle), "image/png"),
            _ => TypedResults.Ok(new TrendsResponse(table.Interval.ToString().ToLowerInvariant(), Core.Search.Trends.SmallCell,
                table.Rounding is null ? null : new TrendRounding(CellRounding.Base, table.Rounding), series, table.Periods, table.Cells,
                TrendSuppression.Of(table))),
        };
}
