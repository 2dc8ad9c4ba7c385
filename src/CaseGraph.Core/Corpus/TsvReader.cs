namespace CaseGraph.Core.Corpus;

/// <summary>Reads tab-separated rows after a header line; skips blank lines and '#' comments.</summary>
public static class TsvReader
{
    public sealed record Row(int Line, string[] Columns);

    public static IEnumerable<Row> Read(string text, int expectedColumns, string path, List<CorpusError> errors)
    {
        var lineNumber = 0;
        var headerSeen = false;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (!headerSeen) { headerSeen = true; continue; }
            var columns = line.Split('\t');
            if (columns.Length != expectedColumns)
            {
                errors.Add(new CorpusError(path, lineNumber, $"expected {expectedColumns} tab-separated columns, found {columns.Length}"));
                continue;
            }
            yield return new Row(lineNumber, columns.Select(c => c.Trim()).ToArray());
        }
    }

    public static IReadOnlyList<string> SplitList(string cell) =>
        cell.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
