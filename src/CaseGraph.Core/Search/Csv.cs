using System.Text;

namespace CaseGraph.Core.Search;

/// <summary>
/// CSV cells a spreadsheet reads as text (OWASP CSV injection): a cell starting with =, +, -, @, tab or carriage
/// return gets a leading single quote, so it is never taken for a formula; a cell with a comma, quote or line break is
/// quoted, its quotes doubled (RFC 4180). Pure.
/// </summary>
public static class Csv
{
    public static string Cell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r') value = "'" + value;
        return value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    /// <summary>One line of cells, each neutralised, ending in a line feed.</summary>
    public static StringBuilder AppendLine(StringBuilder csv, params ReadOnlySpan<string> cells)
    {
        for (var i = 0; i < cells.Length; i++) csv.Append(i == 0 ? "" : ",").Append(Cell(cells[i]));
        return csv.Append('\n');
    }
}
