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
    /// <summary>Wildcards (* or ?) in one term, and the length of a wildcard or fuzzy term: such a term becomes an automaton
    /// whose size grows with both (a 2,000-character or a "*" followed by many "?" term takes seconds to minutes and gigabytes).</summary>
    public const int MaxWildcards = 4, MaxWildcardLength = 50;
    /// <summary>Index words that the wildcard, fuzzy and range terms of one query may expand to, in all.</summary>
    public const int MaxExpansions = 1_000;
    /// <summary>Largest boost (^), multiplied through nested groups, so that no score can overflow.</summary>
    public const float MaxBoost = 1_000;

    public const string RegexRefused = "Regular expressions (/.../) are not accepted; use words, phrases or a trailing wildcard.";
    public static readonly string ExpansionsRefused =
        $"The query's wildcard, fuzzy and range terms match more than {MaxExpansions} words in the index; make them more specific.";
    public static readonly string FuzzyRefused = $"A fuzzy term (~) may have at most {MaxWildcardLength} characters.";
    public static readonly string BoostRefused = $"A boost (^) must be a number from 0 to {MaxBoost} (nested boosts multiplied).";

    /// <summary>Why a wildcard term (with * or ?; a lone trailing * is a prefix) is refused before its automaton is built, or null.</summary>
    public static string? WildcardRefusal(string term)
    {
        var first = term.IndexOfAny(['*', '?']);
        if (first < 0) return null;
        if (first < MinWildcardPrefix) return $"A wildcard needs at least {MinWildcardPrefix} characters before it.";
        if (term.Length > MaxWildcardLength || term.Count(ch => ch is '*' or '?') > MaxWildcards)
            return $"A wildcard term may have at most {MaxWildcards} wildcards (* or ?) and {MaxWildcardLength} characters.";
        return null;
    }

    /// <summary>Whether a query part's boost, times the boosts of the groups around it, is a usable weight.</summary>
    public static bool IsAllowedBoost(float effective) => float.IsFinite(effective) && effective is >= 0 and <= MaxBoost;

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
