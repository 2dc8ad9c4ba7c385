using CaseGraph.Core.Search;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace CaseGraph.Lucene;

/// <summary>The index's own words, for "did you mean" and autocomplete weights: document frequencies of words and
/// concepts, and the words near a misspelt one (Lucene's fuzzy term enumeration, bounded).</summary>
internal static class IndexWords
{
    /// <summary>The most index words one lookup walks, whatever the dictionary's size.</summary>
    public const int MaxNearWords = 64;

    public static IReadOnlyDictionary<string, int> ConceptCounts(IndexReader reader, CancellationToken ct)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        if (MultiFields.GetTerms(reader, LuceneFields.Concept) is not { } terms) return counts;
        var words = terms.GetEnumerator();
        while (words.MoveNext())
        {
            ct.ThrowIfCancellationRequested();
            counts[words.Term.Utf8ToString()] = words.DocFreq;
        }
        return counts;
    }

    public static bool Holds(IndexReader reader, Analyzer analyzer, string word) =>
        Analyse(analyzer, word).All(w => reader.DocFreq(new Term(LuceneFields.Text, w)) > 0 || reader.DocFreq(new Term(LuceneFields.Title, w)) > 0);

    public static IReadOnlyList<IndexWord> Near(IndexReader reader, Analyzer analyzer, string word, int maxEdits, CancellationToken ct)
    {
        if (Analyse(analyzer, word) is not [var analysed] || analysed.Length > QueryLimits.MaxWildcardLength) return [];
        if (MultiFields.GetTerms(reader, LuceneFields.Text) is not { } terms) return [];
        var near = new List<IndexWord>();
        var words = new FuzzyTermsEnum(terms, new AttributeSource(), new Term(LuceneFields.Text, analysed),
            Math.Clamp(maxEdits, 1, 2), prefixLength: 1, transpositions: true);
        while (near.Count < MaxNearWords && words.MoveNext())
        {
            ct.ThrowIfCancellationRequested();
            near.Add(new IndexWord(words.Term.Utf8ToString(), words.DocFreq));
        }
        return near;
    }

    private static List<string> Analyse(Analyzer analyzer, string word)
    {
        var words = new List<string>();
        using var tokens = analyzer.GetTokenStream(LuceneFields.Text, word);
        var term = tokens.AddAttribute<ICharTermAttribute>();
        tokens.Reset();
        while (tokens.IncrementToken()) words.Add(term.ToString());
        tokens.End();
        return words;
    }
}
