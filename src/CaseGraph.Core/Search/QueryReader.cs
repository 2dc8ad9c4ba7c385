using CaseGraph.Core.Concepts;
using CaseGraph.Core.Model;

namespace CaseGraph.Core.Search;

/// <summary>What a query was read to ask besides the words it holds: the concepts it names (the vocabulary's terms,
/// and interventions named by a word together with the query's other concepts), and a daily MME.</summary>
public sealed record QueryReading(IReadOnlyList<string> Concepts, IReadOnlyList<string> Interventions, MmeInQuery? Mme)
{
    public IEnumerable<string> AllConcepts => Concepts.Concat(Interventions);
}

/// <summary>
/// Reads a query. Beyond the concept matcher's whole terms, a word of the query that is one word of an intervention's
/// term reads as that intervention when the term's other words are in the names of the query's concepts or the
/// classes above them: "tapering oxycodone" is "opioid tapering" (oxycodone is an opioid), not "benzodiazepine taper".
/// A bare "tapering" names no one intervention and stays a word. Words are compared lightly stemmed ("tapering",
/// "tapered" and "taper" alike).
/// </summary>
public static class QueryReader
{
    private const int MinWordLength = 4;

    public static QueryReading Read(string text, Vocabulary vocabulary)
    {
        var mentions = vocabulary.Matcher.Match(text);
        var concepts = mentions.Select(m => m.ConceptId).Distinct().ToList();
        var mme = MmeInQuery.Read(text);
        var free = TextTokenizer.Tokenize(text)
            .Where(t => !mentions.Any(m => t.Start < m.End && m.Start < t.End) && !(mme is { } x && t.Start < x.End && x.Start < t.End))
            .Select(t => t.Normal).Where(w => w.Length >= MinWordLength && !w.All(char.IsDigit)).Select(Stem).ToHashSet();
        return new QueryReading(concepts, Interventions(free, concepts, vocabulary), mme);
    }

    private static List<string> Interventions(HashSet<string> free, IReadOnlyList<string> concepts, Vocabulary vocabulary)
    {
        if (free.Count == 0) return [];
        var context = ContextWords(concepts, vocabulary);
        var found = new List<string>();
        foreach (var concept in vocabulary.Concepts.Where(c => c.Kind == ConceptKind.Intervention && !concepts.Contains(c.Id)).OrderBy(c => c.Id, StringComparer.Ordinal))
        {
            foreach (var term in concept.Terms)
            {
                var words = TextTokenizer.Tokenize(term).Select(t => Stem(t.Normal)).ToList();
                if (words.Count > 1 && words.Any(free.Contains) && words.Any(context.Contains)
                    && words.All(w => free.Contains(w) || context.Contains(w)) && !found.Contains(concept.Id))
                    found.Add(concept.Id);
            }
        }
        return found;
    }

    /// <summary>The words of the names of the concepts and of every class above them.</summary>
    private static HashSet<string> ContextWords(IReadOnlyList<string> concepts, Vocabulary vocabulary)
    {
        var words = new HashSet<string>();
        var seen = new HashSet<string>();
        var pending = new Stack<string>(concepts);
        while (pending.TryPop(out var id))
        {
            if (!seen.Add(id) || vocabulary.Find(id) is not { } concept) continue;
            foreach (var token in TextTokenizer.Tokenize(concept.Name)) words.Add(Stem(token.Normal));
            foreach (var parent in concept.Parents) pending.Push(parent);
        }
        return words;
    }

    /// <summary>A light stem: "tapering", "tapered" and "tapers" are "taper" (plurals are already folded).</summary>
    public static string Stem(string word)
    {
        foreach (var suffix in (string[])["ing", "ed"])
            if (word.Length >= suffix.Length + 4 && word.EndsWith(suffix, StringComparison.Ordinal)) return word[..^suffix.Length];
        return word;
    }
}
