namespace CaseGraph.Core.Concepts;

/// <summary>A vocabulary term found in text: which concept, and the character span that named it.</summary>
public sealed record ConceptMention(string ConceptId, int Start, int End, string Text);

/// <summary>
/// Finds vocabulary terms in text: case- and punctuation-insensitive, plural-folding, multi-word,
/// longest match first. Pure and thread-safe once built.
/// </summary>
public sealed class ConceptMatcher
{
    private sealed class Node
    {
        public Dictionary<string, Node> Next { get; } = [];
        public string? ConceptId { get; set; }
    }

    private readonly Node _root = new();

    /// <param name="terms">normalised term (tokens joined by single spaces) and the concept it names</param>
    public ConceptMatcher(IEnumerable<(string NormalTerm, string ConceptId)> terms)
    {
        foreach (var (term, id) in terms)
        {
            var node = _root;
            foreach (var word in term.Split(' ')) node = node.Next.TryGetValue(word, out var n) ? n : node.Next[word] = new Node();
            node.ConceptId = id;
        }
    }

    public IReadOnlyList<ConceptMention> Match(string text)
    {
        var tokens = TextTokenizer.Tokenize(text);
        var mentions = new List<ConceptMention>();
        var i = 0;
        while (i < tokens.Count)
        {
            var (length, id) = LongestAt(tokens, i);
            if (id is null) { i++; continue; }
            var (start, end) = (tokens[i].Start, tokens[i + length - 1].End);
            mentions.Add(new ConceptMention(id, start, end, text[start..end]));
            i += length;
        }
        return mentions;
    }

    private (int Length, string? ConceptId) LongestAt(IReadOnlyList<Token> tokens, int start)
    {
        var node = _root;
        (int, string?) best = (0, null);
        for (var j = start; j < tokens.Count && node.Next.TryGetValue(tokens[j].Normal, out var next); j++)
        {
            node = next;
            if (node.ConceptId is not null) best = (j - start + 1, node.ConceptId);
        }
        return best;
    }
}
