using CaseGraph.Core.Graph.Export;
using Xunit;

namespace CaseGraph.Tests.Shared;

/// <summary>Syntax-level checks of an exported Cypher script.</summary>
public static class CypherScriptChecks
{
    /// <summary>Outside its string literals a statement has no parameter, balanced brackets, and ends with a semicolon.</summary>
    public static void AssertSaneStatement(string line)
    {
        Assert.EndsWith(";", line);
        var outside = new System.Text.StringBuilder();
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '\'')
            {
                CypherLiteral.Unquote(line, i, out var end); // throws when a literal is not closed
                i = end - 1;
                continue;
            }
            outside.Append(line[i]);
        }
        var code = outside.ToString();
        Assert.DoesNotContain('$', code);
        Assert.DoesNotContain('"', code);
        Assert.DoesNotContain("//", code);
        var depth = 0;
        foreach (var ch in code)
        {
            depth += ch is '(' or '{' or '[' ? 1 : ch is ')' or '}' or ']' ? -1 : 0;
            Assert.True(depth >= 0, $"a bracket closes before it opens in: {line}");
        }
        Assert.Equal(0, depth);
        Assert.Equal(code.Count(c => c == '('), code.Count(c => c == ')'));
        Assert.Equal(code.Count(c => c == '{'), code.Count(c => c == '}'));
        Assert.Equal(code.Count(c => c == '['), code.Count(c => c == ']'));
    }
}
