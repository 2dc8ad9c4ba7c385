namespace CaseGraph.Core.Concepts;

/// <summary>A word of text: its normalised form and where it stands (character offsets).</summary>
public readonly record struct Token(string Normal, int Start, int End);

/// <summary>Splits text into lower-case word tokens (letters and digits), folding simple plurals.</summary>
public static class TextTokenizer
{
    public static IReadOnlyList<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i])) i++;
            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i])) i++;
            if (i > start) tokens.Add(new Token(Normalize(text.AsSpan(start, i - start)), start, i));
        }
        return tokens;
    }

    /// <summary>Lower-cases and folds a regular plural ("opioids" -> "opioid"); applied alike to terms and text.</summary>
    public static string Normalize(ReadOnlySpan<char> word)
    {
        var lower = word.ToString().ToLowerInvariant();
        return lower.Length > 4 && lower[^1] == 's' && lower[^2] is not ('s' or 'u' or 'i') ? lower[..^1] : lower;
    }

    public static string NormalizePhrase(string phrase) => string.Join(' ', Tokenize(phrase).Select(t => t.Normal));
}
