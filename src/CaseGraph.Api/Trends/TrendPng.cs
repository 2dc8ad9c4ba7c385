using CaseGraph.Core.Search;
using ScottPlot;

namespace CaseGraph.Api.Trends;

/// <summary>
/// The trend chart as a PNG (ScottPlot over SkiaSharp), from the same table as the SVG: one line per series over the
/// periods, broken where a cell is withheld (a gap, never a zero), and a line under the chart saying how many cells
/// are hidden and why.
/// </summary>
public static class TrendPng
{
    public const int Width = 1040, Height = 480;

    private static readonly string[] Palette =
        ["#1b6ca8", "#d1495b", "#2e8b57", "#edae49", "#6a4c93", "#00798c", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22",
         "#17becf", "#003d5b", "#a44a3f", "#5d576b", "#f25f5c"];

    public static byte[] Render(TrendTable table, IReadOnlyList<TrendSeries> series, string title)
    {
        var periods = table.Periods.Select(p => p.Period).ToList();
        var cells = table.Cells.ToDictionary(c => (c.Period, c.Series));
        var plot = new Plot();
        plot.Title(title);
        plot.YLabel("Share of the period's cases");
        var suppression = TrendSuppression.Of(table);
        plot.XLabel(suppression.Suppressed == 0 ? "Every cell shown"
            : $"{suppression.Suppressed} of {suppression.Cells} cells hidden (fewer than {Core.Search.Trends.SmallCell + 1} cases): gaps, not zeros");
        for (var s = 0; s < series.Count; s++)
        {
            var color = Color.FromHex(Palette[s % Palette.Length]);
            foreach (var run in ShownRuns(periods, i => cells.GetValueOrDefault((periods[i], series[s].Id))?.Share))
            {
                var line = plot.Add.Scatter(run.Select(p => (double)p.Index).ToArray(), run.Select(p => p.Share).ToArray(), color);
                line.LineWidth = 2;
                line.MarkerSize = 5;
            }
            var shown = table.Cells.Any(c => c.Series == series[s].Id && c.Share is not null);
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = series[s].Name + (shown ? "" : " (all hidden)"), LineColor = color, LineWidth = 2 });
        }
        if (table.Cells.All(c => c.Share is null))
            plot.Add.Annotation(periods.Count == 0 ? "No cases in this window" : "Every cell is hidden: try a coarser interval", Alignment.MiddleCenter);
        plot.ShowLegend(Edge.Right);
        var step = Math.Max(1, (int)Math.Ceiling(periods.Count / 12.0));
        var ticks = Enumerable.Range(0, periods.Count).Where(i => i % step == 0).ToArray();
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks.Select(i => (double)i).ToArray(), ticks.Select(i => periods[i]).ToArray());
        var highest = table.Cells.Where(c => c.Share is not null).Select(c => c.Share!.Value).DefaultIfEmpty(0).Max();
        plot.Axes.SetLimits(-0.5, Math.Max(0.5, periods.Count - 0.5), 0, Math.Max(0.1, Math.Ceiling(highest * 10) / 10));
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => $"{v * 100:0}%" };
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }

    /// <summary>The runs of consecutive periods whose cell is shown; a withheld cell ends a run.</summary>
    private static List<List<(int Index, double Share)>> ShownRuns(IReadOnlyList<string> periods, Func<int, double?> shareAt)
    {
        var runs = new List<List<(int, double)>>();
        List<(int, double)>? run = null;
        for (var i = 0; i < periods.Count; i++)
        {
            if (shareAt(i) is { } share) (run ??= []).Add((i, share));
            else if (run is not null) { runs.Add(run); run = null; }
        }
        if (run is not null) runs.Add(run);
        return runs;
    }
}
