using System.Text.RegularExpressions;

namespace CaseGraph.Core.Semantic;

/// <summary>
/// The sentence that carried a match in meaning, to show as "why it matched": among the sentences of the chunk that
/// matched, the one sharing the most words with the question (words of three letters or more), else the chunk's first.
/// Pure; a chunk span that does not fit the text (the text changed since it was embedded) gives null.
/// </summary>
public static partial class MeaningSentence
{
    public const int MaxLength = 300;

    public static string? Pick(string text, TextSpan chunk, string question)
    {
        if (chunk.Start < 0 || chunk.Length <= 0 || chunk.End > text.Length) return null;
        var words = Words(question);
        var best = TextChunker.Sentences(text)
            .Where(s => s.Start < chunk.End && s.End > chunk.Start)
            .Select((s, order) => (Span: s, Shared: Words(text.Substring(s.Start, s.Length)).Count(words.Contains), order))
            .OrderByDescending(s => s.Shared).ThenBy(s => s.order)
            .Select(s => s.Span).FirstOrDefault();
        if (best.Length == 0) return null;
        var sentence = text.Substring(best.Start, best.Length);
        return sentence.Length <= MaxLength ? sentence : sentence[..MaxLength].TrimEnd() + "…";
    }

    private static HashSet<string> Words(string text) =>
        Word().Matches(text).Select(m => m.Value.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\p{L}{3,}")]
    private static partial Regex Word();
}
