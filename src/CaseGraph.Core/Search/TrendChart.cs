using System.Globalization;
using System.Net;
using System.Text;

namespace CaseGraph.Core.Search;

/// <summary>Draws shares over time (of topics, of concepts) as an SVG line chart; a suppressed cell is a gap in its line. Pure.</summary>
public static class TrendChart
{
    private const int Width = 1040, Height = 420, Left = 56, Right = 300, Top = 24, Bottom = 56;
    private static readonly string[] Palette =
        ["#1b6ca8", "#d1495b", "#2e8b57", "#edae49", "#6a4c93", "#00798c", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22",
         "#17becf", "#003d5b", "#a44a3f", "#5d576b", "#f25f5c"];

    public static string ToSvg(TrendTable table, IReadOnlyDictionary<string, string> seriesNames, string title = "Topic shares")
    {
        var periods = table.Periods.Select(p => p.Period).ToList();
        var series = table.Cells.Select(c => c.Series).Distinct().ToList();
        var max = Math.Max(0.05, table.Cells.Where(c => c.Share is not null).Select(c => c.Share!.Value).DefaultIfEmpty(0).Max());
        double X(int i) => Left + (periods.Count <= 1 ? 0 : i * (Width - Left - Right) / (double)(periods.Count - 1));
        double Y(double share) => Top + (1 - share / max) * (Height - Top - Bottom);
        static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

        var svg = new StringBuilder($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" role=\"img\" aria-label=\"{WebUtility.HtmlEncode(title)} over time ({table.Interval.ToString().ToLowerInvariant()})\" font-family=\"sans-serif\" font-size=\"12\">");
        svg.Append($"<rect width=\"{Width}\" height=\"{Height}\" fill=\"white\"/>");
        for (var tick = 0; tick <= 4; tick++)
        {
            var share = max * tick / 4;
            svg.Append($"<line x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{F(Y(share))}\" y2=\"{F(Y(share))}\" stroke=\"#ddd\"/>");
            svg.Append($"<text x=\"{Left - 6}\" y=\"{F(Y(share) + 4)}\" text-anchor=\"end\">{share:P0}</text>");
        }
        var labelEvery = Math.Max(1, periods.Count / 12);
        for (var i = 0; i < periods.Count; i += labelEvery)
            svg.Append($"<text x=\"{F(X(i))}\" y=\"{Height - Bottom + 18}\" text-anchor=\"middle\">{WebUtility.HtmlEncode(periods[i])}</text>");

        for (var t = 0; t < series.Count; t++)
        {
            var color = Palette[t % Palette.Length];
            var shares = periods.Select(p => table.Cells.First(c => c.Period == p && c.Series == series[t]).Share).ToList();
            var segment = new List<string>();
            void Flush()
            {
                if (segment.Count > 1) svg.Append($"<polyline fill=\"none\" stroke=\"{color}\" stroke-width=\"2\" points=\"{string.Join(' ', segment)}\"/>");
                else if (segment.Count == 1) svg.Append($"<circle r=\"3\" fill=\"{color}\" cx=\"{segment[0].Split(',')[0]}\" cy=\"{segment[0].Split(',')[1]}\"/>");
                segment.Clear();
            }
            for (var i = 0; i < periods.Count; i++)
            {
                if (shares[i] is { } share) segment.Add($"{F(X(i))},{F(Y(share))}");
                else Flush(); // suppressed: a gap, never a guessed value
            }
            Flush();
            var name = WebUtility.HtmlEncode(seriesNames.GetValueOrDefault(series[t], series[t]));
            svg.Append($"<rect x=\"{Width - Right + 16}\" y=\"{Top + t * 18}\" width=\"12\" height=\"12\" fill=\"{color}\"/>");
            svg.Append($"<text x=\"{Width - Right + 34}\" y=\"{Top + t * 18 + 10}\">{name}</text>");
        }
        svg.Append($"<text x=\"{Left}\" y=\"{Height - 12}\" fill=\"#555\">Share of cases per {table.Interval.ToString().ToLowerInvariant()}; gaps are suppressed counts (1-{Trends.SmallCell}){(table.Rounding is null ? "" : $"; counts rounded to a multiple of {CellRounding.Base}")}.</text>");
        return svg.Append("</svg>").ToString();
    }
}
