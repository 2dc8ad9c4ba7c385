using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Search;

namespace CaseGraph.Lucene;

/// <summary>
/// Where a term can score highest in one segment: for each length norm its postings carry, the largest frequency and
/// a document with that norm. BM25 grows with the frequency at a given norm, so the best of these few (frequency,
/// document) pairs, scored by the query's own scorer, is the term's exact maximum in the segment: the bound dynamic
/// pruning needs (what later Lucene versions store as impacts). Found by one pass over the postings the first time
/// a term is searched in a segment, then cached per segment core, which never changes.
/// </summary>
internal sealed class TermPeaks
{
    /// <summary>Terms remembered per segment (a few hundred bytes each); past this a term's peaks are read again each time (correct, slower).</summary>
    public const int MaxCachedTerms = 10_000;

    private static readonly ConditionalWeakTable<object, SegmentPeaks> Cache = new();

    private readonly int[] _docs;
    private readonly int[] _freqs;

    private TermPeaks(int[] docs, int[] freqs) => (_docs, _freqs) = (docs, freqs);

    /// <summary>The highest score the scorer gives this term in the segment (0 when the segment lacks it).</summary>
    public float Max(Similarity.SimScorer scorer)
    {
        var max = 0f;
        for (var i = 0; i < _docs.Length; i++) max = Math.Max(max, scorer.Score(_docs[i], _freqs[i]));
        return max;
    }

    public static TermPeaks For(AtomicReader reader, Term term)
    {
        var segment = Cache.GetValue(reader.CoreCacheKey, _ => new SegmentPeaks());
        var key = (term.Field, term.Text);
        if (segment.Terms.TryGetValue(key, out var peaks)) return peaks;
        peaks = Read(reader, term);
        segment.Remember(key, peaks);
        return peaks;
    }

    /// <summary>One pass over a term's postings (deleted documents too: a bound over more documents is still a bound).</summary>
    internal static TermPeaks Read(AtomicReader reader, Term term)
    {
        if (MultiFields.GetTermDocsEnum(reader, null, term.Field, term.Bytes, DocsFlags.FREQS) is not { } docs) return new TermPeaks([], []);
        var norms = reader.GetNormValues(term.Field);
        var bestFreq = new int[256];
        var bestDoc = new int[256];
        for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
        {
            var norm = norms is null ? 0 : (byte)norms.Get(doc);
            if (docs.Freq <= bestFreq[norm]) continue;
            bestFreq[norm] = docs.Freq;
            bestDoc[norm] = doc;
        }
        var kept = Enumerable.Range(0, 256).Where(n => bestFreq[n] > 0).ToArray();
        return new TermPeaks(kept.Select(n => bestDoc[n]).ToArray(), kept.Select(n => bestFreq[n]).ToArray());
    }

    /// <summary>A segment's peaks by term: an immutable map replaced whole when a term is added.</summary>
    private sealed class SegmentPeaks
    {
        private ImmutableDictionary<(string, string), TermPeaks> _terms = ImmutableDictionary<(string, string), TermPeaks>.Empty;

        public ImmutableDictionary<(string, string), TermPeaks> Terms => Volatile.Read(ref _terms);

        public void Remember((string, string) key, TermPeaks peaks) =>
            ImmutableInterlocked.Update(ref _terms, terms => terms.Count >= MaxCachedTerms ? terms : terms.SetItem(key, peaks));
    }
}
