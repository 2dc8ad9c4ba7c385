using System.Text;
using CaseGraph.Core.Concepts;

namespace CaseGraph.Core.Search;

/// <summary>A word of the index near a typed word, and how many documents hold it.</summary>
public sealed record IndexWord(string Word, int DocumentFrequency);

/// <summary>One word of a query corrected: where it stands, what replaces it, and the concept that names (null for an index word).</summary>
public sealed record SpellingCorrection(int Start, int End, string Suggested, string? ConceptId);

/// <summary>"Did you mean": the query with its corrections applied.</summary>
public sealed record SpellingSuggestion(string Query, IReadOnlyList<SpellingCorrection> Corrections);

/// <summary>
/// Corrects the words of a query that no document holds. A vocabulary term wins over an index word: the closest in
/// edits (at most one, two from 8 letters on), then the concept most documents name, then a preferred name before a
/// synonym, then the term's spelling. Else the closest index word, then the one most documents hold, then its
/// spelling; an index word must be held by <see cref="MinIndexDocuments"/> documents or more, so a word one case alone
/// wrote (a name that slipped through) is never offered. Suggestions are built from these terms only, never from text.
/// </summary>
public static class SpellingSuggester
{
    /// <summary>Shorter words have too many neighbours to correct; at most this many words of one query are looked up.</summary>
    public const int MinWordLength = 5, MaxWords = 5, MinIndexDocuments = 2;

    private static readonly F23.StringSimilarity.OptimalStringAlignment Edits = new();

    public static int MaxEdits(string word) => word.Length >= 8 ? 2 : 1;

    /// <summary>The words worth looking up: letters only, long enough, and not part of a vocabulary term the query names.</summary>
    public static IReadOnlyList<Token> Candidates(string text, Vocabulary vocabulary)
    {
        var mentions = vocabulary.Matcher.Match(text);
        return TextTokenizer.Tokenize(text)
            .Where(t => t.End - t.Start >= MinWordLength && text.AsSpan(t.Start, t.End - t.Start).ContainsAnyExcept(Letters) is false)
            .Where(t => !mentions.Any(m => t.Start < m.End && m.Start < t.End))
            .Take(MaxWords).ToList();
    }

    private static readonly System.Buffers.SearchValues<char> Letters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    /// <summary>The best replacement for a typed word (see the class), or null when nothing is close enough.</summary>
    /// <param name="conceptWeights">concept id -> documents naming it (a missing concept weighs 0)</param>
    /// <param name="near">index words near the typed word</param>
    public static (string Suggested, string? ConceptId)? Correct(string typed, Vocabulary vocabulary,
        IReadOnlyDictionary<string, int> conceptWeights, IReadOnlyList<IndexWord> near)
    {
        var word = typed.ToLowerInvariant();
        var allowed = MaxEdits(word);
        var fromVocabulary = vocabulary.Concepts
            .SelectMany(c => c.Terms.Select((term, i) => (Term: term, Concept: c, Preferred: i == 0)))
            .Where(t => t.Term.Length >= MinWordLength && !t.Term.Contains(' ') && Math.Abs(t.Term.Length - word.Length) <= allowed)
            .Select(t => (t.Term, t.Concept, t.Preferred, Distance: (int)Edits.Distance(word, t.Term.ToLowerInvariant())))
            .Where(t => t.Distance is > 0 && t.Distance <= allowed)
            .OrderBy(t => t.Distance)
            .ThenByDescending(t => conceptWeights.GetValueOrDefault(t.Concept.Id))
            .ThenBy(t => t.Preferred ? 0 : 1)
            .ThenBy(t => t.Term, StringComparer.Ordinal)
            .FirstOrDefault();
        if (fromVocabulary.Term is not null) return (fromVocabulary.Term, fromVocabulary.Concept.Id);

        var fromIndex = near
            .Where(w => w.DocumentFrequency >= MinIndexDocuments && w.Word.All(char.IsLetter))
            .Select(w => (w.Word, w.DocumentFrequency, Distance: (int)Edits.Distance(word, w.Word)))
            .Where(w => w.Distance is > 0 && w.Distance <= allowed)
            .OrderBy(w => w.Distance).ThenByDescending(w => w.DocumentFrequency).ThenBy(w => w.Word, StringComparer.Ordinal)
            .FirstOrDefault();
        return fromIndex.Word is null ? null : (fromIndex.Word, null);
    }

    /// <summary>"Did you mean" for a query, from the view's vocabulary and index words: null when every word worth
    /// correcting is held by some document, or when none of those that are not has a close enough replacement.</summary>
    public static SpellingSuggestion? Suggest(ISearchView index, string text, CancellationToken ct)
    {
        var vocabulary = index.Model.Vocabulary;
        var unknown = Candidates(text, vocabulary).Where(t => !index.HoldsWord(text[t.Start..t.End], ct)).ToList();
        if (unknown.Count == 0) return null;
        var weights = ConceptLabels.WithNarrower(vocabulary, index.ConceptDocumentCounts(ct));
        var corrections = new List<SpellingCorrection>();
        foreach (var token in unknown)
        {
            var typed = text[token.Start..token.End];
            if (Correct(typed, vocabulary, weights, index.NearWords(typed, MaxEdits(typed), ct)) is { } found)
                corrections.Add(new SpellingCorrection(token.Start, token.End, found.Suggested, found.ConceptId));
        }
        return Compose(text, corrections);
    }

    /// <summary>The query with each correction put in place of the word it corrects (corrections in text order, not overlapping).</summary>
    public static SpellingSuggestion? Compose(string text, IReadOnlyList<SpellingCorrection> corrections)
    {
        if (corrections.Count == 0) return null;
        var query = new StringBuilder();
        var at = 0;
        foreach (var c in corrections.OrderBy(c => c.Start))
        {
            query.Append(text, at, c.Start - at).Append(c.Suggested);
            at = c.End;
        }
        query.Append(text, at, text.Length - at);
        return new SpellingSuggestion(query.ToString().Trim(), corrections);
    }
}
