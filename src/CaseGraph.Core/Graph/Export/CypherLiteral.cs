using System.Globalization;
using System.Text;

namespace CaseGraph.Core.Graph.Export;

/// <summary>Cypher string literals: single-quoted, with backslash escapes for quotes, backslashes and control characters.</summary>
public static class CypherLiteral
{
    public static string Quote(string value)
    {
        var text = new StringBuilder(value.Length + 2).Append('\'');
        foreach (var ch in value)
        {
            text.Append(ch switch
            {
                '\\' => @"\\",
                '\'' => @"\'",
                '\n' => @"\n",
                '\r' => @"\r",
                '\t' => @"\t",
                _ when char.IsControl(ch) => $@"\u{(int)ch:X4}",
                _ => ch.ToString(),
            });
        }
        return text.Append('\'').ToString();
    }

    /// <summary>The value of a literal that starts at <paramref name="start"/> (a quote); <paramref name="end"/> is just past it.</summary>
    public static string Unquote(string text, int start, out int end)
    {
        var value = new StringBuilder();
        for (var i = start + 1; i < text.Length; i++)
        {
            var ch = text[i];
            if (ch == '\'')
            {
                end = i + 1;
                return value.ToString();
            }
            if (ch != '\\')
            {
                value.Append(ch);
                continue;
            }
            if (++i >= text.Length) break;
            switch (text[i])
            {
                case 'n': value.Append('\n'); break;
                case 'r': value.Append('\r'); break;
                case 't': value.Append('\t'); break;
                case 'u' when i + 4 < text.Length:
                    value.Append((char)int.Parse(text.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                default: value.Append(text[i]); break;
            }
        }
        throw new FormatException("a string literal is not closed");
    }
}
