namespace CaseGraph.Core.Semantic;

/// <summary>A span of a text, by character offsets.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;
}

/// <summary>
/// Splits a text into chunks that fit a model's window, on sentence boundaries. Pure: the caller says how many tokens a
/// piece of text costs. Consecutive chunks overlap by one sentence (when that sentence is at most a quarter of the
/// window), so a thought that straddles a boundary is whole in one of them. A sentence longer than the window is cut
/// between words.
/// </summary>
public static class TextChunker
{
    /// <summary>Sentences end at '.', '!' or '?' followed by white space, or at a line break; white space is trimmed off.</summary>
    public static IReadOnlyList<TextSpan> Sentences(string text)
    {
        var sentences = new List<TextSpan>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var end = text[i] == '\n' ? i
                : text[i] is '.' or '!' or '?' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])) ? i + 1
                : -1;
            if (end < 0) continue;
            AddTrimmed(text, start, end, sentences);
            start = end;
        }
        AddTrimmed(text, start, text.Length, sentences);
        return sentences;
    }

    /// <summary>Chunks of at most <paramref name="maxTokens"/> tokens each, as counted by <paramref name="countTokens"/>.</summary>
    public static IReadOnlyList<TextSpan> Chunk(string text, Func<string, int> countTokens, int maxTokens)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxTokens, 1);
        var pieces = Sentences(text).SelectMany(s => FitToWindow(text, s, countTokens, maxTokens)).ToList();
        var chunks = new List<TextSpan>();
        var first = 0;
        while (first < pieces.Count)
        {
            var tokens = 0;
            var last = first;
            while (last < pieces.Count && tokens + pieces[last].Tokens <= maxTokens) tokens += pieces[last++].Tokens;
            chunks.Add(new TextSpan(pieces[first].Span.Start, pieces[last - 1].Span.End - pieces[first].Span.Start));
            if (last == pieces.Count) break;
            // Start the next chunk on this chunk's last sentence when it is short and not the chunk's only sentence.
            first = last - 1 > first && pieces[last - 1].Tokens <= maxTokens / 4 ? last - 1 : last;
        }
        return chunks;
    }

    private static IEnumerable<(TextSpan Span, int Tokens)> FitToWindow(string text, TextSpan sentence, Func<string, int> countTokens, int maxTokens)
    {
        var tokens = countTokens(text.Substring(sentence.Start, sentence.Length));
        if (tokens <= maxTokens) return [(sentence, tokens)];
        return Pack(Words(text, sentence).Select(w => (w, Math.Min(countTokens(text.Substring(w.Start, w.Length)), maxTokens))), maxTokens);
    }

    private static IEnumerable<(TextSpan Span, int Tokens)> Pack(IEnumerable<(TextSpan Span, int Tokens)> words, int maxTokens)
    {
        TextSpan? open = null;
        var tokens = 0;
        foreach (var (word, cost) in words)
        {
            if (open is { } o && tokens + cost > maxTokens)
            {
                yield return (o, tokens);
                open = null;
            }
            open = open is { } current ? new TextSpan(current.Start, word.End - current.Start) : word;
            tokens = (open.Value.Start == word.Start ? 0 : tokens) + cost;
        }
        if (open is { } rest) yield return (rest, tokens);
    }

    private static IEnumerable<TextSpan> Words(string text, TextSpan within)
    {
        var i = within.Start;
        while (i < within.End)
        {
            while (i < within.End && char.IsWhiteSpace(text[i])) i++;
            var start = i;
            while (i < within.End && !char.IsWhiteSpace(text[i])) i++;
            if (i > start) yield return new TextSpan(start, i - start);
        }
    }

    private static void AddTrimmed(string text, int start, int end, List<TextSpan> into)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) into.Add(new TextSpan(start, end - start));
    }
}
