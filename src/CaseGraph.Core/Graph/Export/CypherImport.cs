using System.Globalization;
using System.Text.RegularExpressions;

namespace CaseGraph.Core.Graph.Export;

/// <summary>Reads back a script <see cref="CypherExport"/> wrote: its statement shapes only; anything else is an error with its line.</summary>
public static partial class CypherImport
{
    public sealed record Result(IReadOnlyList<GraphFragment> Fragments, long Sequence);

    public static Result Read(TextReader input)
    {
        var nodes = new Dictionary<string, List<GraphNode>>();
        var edges = new Dictionary<string, List<GraphEdge>>();
        var owners = new List<string>();
        long sequence = 0;
        var number = 0;
        while (input.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line) || line.StartsWith("//", StringComparison.Ordinal) || line.StartsWith("CREATE CONSTRAINT", StringComparison.Ordinal))
                continue;
            try
            {
                if (SequenceStatement().Match(line) is { Success: true } seq)
                    sequence = long.Parse(seq.Groups[1].Value, CultureInfo.InvariantCulture);
                else if (line.StartsWith("MERGE (n:Node {id: ", StringComparison.Ordinal))
                {
                    var values = Literals(line);
                    var label = NodeLabel().Match(line) is { Success: true } m ? m.Groups[1].Value : throw new FormatException("no label");
                    Expect(values.Count is 3 or 4 && line.EndsWith(values.Count == 3 ? "n.presented = null;" : "';", StringComparison.Ordinal), "a node statement");
                    Add(nodes, owners, values[2], new GraphNode(values[0], label, values[1], values.Count == 4 ? values[3] : null));
                }
                else if (line.StartsWith("MATCH (a:Node {id: ", StringComparison.Ordinal))
                {
                    var values = Literals(line);
                    var type = EdgeType().Match(line) is { Success: true } m ? m.Groups[1].Value : throw new FormatException("no relationship type");
                    Expect(values.Count == 3, "an edge statement");
                    Add(edges, owners, values[2], new GraphEdge(values[0], type, values[1]));
                }
                else throw new FormatException("not a statement of a CaseGraph export");
            }
            catch (FormatException ex)
            {
                throw new FormatException($"line {number}: {ex.Message}", ex);
            }
        }
        var fragments = owners.Select(o => new GraphFragment(o, nodes.GetValueOrDefault(o) ?? [], edges.GetValueOrDefault(o) ?? [])).ToList();
        return new Result(fragments, sequence);
    }

    /// <summary>The string literals of a statement, in order (the label literal of a node statement excluded).</summary>
    private static List<string> Literals(string line)
    {
        var values = new List<string>();
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] != '\'') continue;
            values.Add(CypherLiteral.Unquote(line, i, out var end));
            i = end - 1;
        }
        // n.label = 'Case' repeats the label: not a value of its own.
        if (line.StartsWith("MERGE (n:Node", StringComparison.Ordinal) && values.Count >= 2) values.RemoveAt(1);
        return values;
    }

    private static void Add<T>(Dictionary<string, List<T>> byOwner, List<string> owners, string owner, T item)
    {
        if (!byOwner.TryGetValue(owner, out var list))
        {
            byOwner[owner] = list = [];
            if (!owners.Contains(owner)) owners.Add(owner);
        }
        list.Add(item);
    }

    private static void Expect(bool condition, string what)
    {
        if (!condition) throw new FormatException($"not {what} of a CaseGraph export");
    }

    [GeneratedRegex(@"\) SET n:([A-Za-z][A-Za-z0-9_]*), n\.label = ")]
    private static partial Regex NodeLabel();

    [GeneratedRegex(@"MERGE \(a\)-\[r:([A-Za-z][A-Za-z0-9_]*)\]->\(b\) SET r\.owner = ")]
    private static partial Regex EdgeType();

    [GeneratedRegex(@"^MERGE \(m:CaseGraphMeta \{key: 'seq'\}\) SET m\.value = (-?\d+);$")]
    private static partial Regex SequenceStatement();
}
