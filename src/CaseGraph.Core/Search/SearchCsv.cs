using System.Globalization;
using System.Text;

namespace CaseGraph.Core.Search;

/// <summary>One row of an exported result list: what a hit is and where it comes from, never its text.</summary>
public sealed record SearchCsvRow(string Id, string Kind, string Title, string? Date, string? Setting, string? Source, string? Section,
    string? Url, float Score);

/// <summary>A result list as CSV: a header line, then one line per hit; every cell quoted and neutralised by <see cref="Csv"/>. Pure.</summary>
public static class SearchCsv
{
    /// <summary>The most rows one export holds.</summary>
    public const int MaxRows = 1_000;

    public static readonly string[] Columns = ["id", "kind", "title", "date", "setting", "source", "section", "url", "score"];

    public static string Write(IEnumerable<SearchCsvRow> rows)
    {
        var csv = Csv.AppendLine(new StringBuilder(), Columns);
        foreach (var r in rows)
            Csv.AppendLine(csv, r.Id, r.Kind, r.Title, r.Date ?? "", r.Setting ?? "", r.Source ?? "", r.Section ?? "", r.Url ?? "",
                r.Score.ToString("0.####", CultureInfo.InvariantCulture));
        return csv.ToString();
    }
}
