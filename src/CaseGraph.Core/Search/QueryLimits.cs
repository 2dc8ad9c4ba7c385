namespace CaseGraph.Core.Search;

/// <summary>Bounds on what a query from user input may ask of the index, and the pure checks behind them.</summary>
public static class QueryLimits
{
    /// <summary>Words (terms) in a query a user types.</summary>
    public const int UserTerms = 100;
    /// <summary>Words of a whole case's text used as a query (similar cases).</summary>
    public const int TextTerms = 1_000;
    /// <summary>Nesting of parentheses; deeper simple queries read their brackets as words, deeper Lucene queries are refused.</summary>
    public const int MaxDepth = 16;
    /// <summary>Characters before a wildcard in Lucene syntax, so "a*" cannot expand to half the index.</summary>
    public const int MinWildcardPrefix = 2;

    /// <summary>The deepest nesting of parentheses outside quoted phrases and escapes.</summary>
    public static int NestingDepth(string text)
    {
        int depth = 0, deepest = 0;
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '\\': i++; break;
                case '"': quoted = !quoted; break;
                case '(' when !quoted: deepest = Math.Max(deepest, ++depth); break;
                case ')' when !quoted: depth = Math.Max(0, depth - 1); break;
            }
        }
        return deepest;
    }

    /// <summary>The text cut after its first <paramref name="max"/> whitespace-separated words.</summary>
    public static string FirstWords(string text, int max)
    {
        var words = 0;
        var inWord = false;
        for (var i = 0; i < text.Length; i++)
        {
            var space = char.IsWhiteSpace(text[i]);
            if (!space && !inWord && ++words > max) return text[..i];
            inWord = !space;
        }
        return text;
    }
}
