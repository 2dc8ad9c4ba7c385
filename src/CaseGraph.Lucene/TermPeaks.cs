using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Search;

namespace CaseGraph.Lucene;

/// <summary>
/// Where a term can score highest in one segment, and in each window of <see cref="WindowSize"/> documents of it (what
/// later Lucene versions store as impacts, per block). BM25 grows with the frequency, and with the norm byte (a shorter
/// field), so a term's best scores lie on the few (frequency, norm) pairs no other posting beats in both: kept with a
/// document that has them, these scored by the query's own scorer give the term's exact maximum, in the segment and per
/// window. Found by one pass over the postings the first time a term is searched in a segment, then cached per segment
/// core, which never changes. Windows are kept only for common terms: a rarer term is cheap to score whole.
/// </summary>
internal sealed class TermPeaks
{
    /// <summary>Terms remembered per segment (a few hundred bytes each, a few kilobytes with windows); past this a term's peaks are read again each time (correct, slower).</summary>
    public const int MaxCachedTerms = 10_000;

    /// <summary>Documents per window: log2.</summary>
    public const int WindowShift = 6;

    public const int WindowSize = 1 << WindowShift;

    /// <summary>A term in at least one document in this many keeps windows: the common words whose postings cost the most
    /// to score, and few enough that their windows (tens of kilobytes a term) stay small in memory.</summary>
    public const int CommonShare = 16;

    private static readonly ConditionalWeakTable<object, SegmentPeaks> Cache = new();

    private readonly Frontier _segment;
    private readonly int[]? _windowStarts; // window w's pairs are [_windowStarts[w], _windowStarts[w + 1]) of _windowPairs
    private readonly Frontier? _windowPairs;

    private TermPeaks(Frontier segment, int[]? windowStarts, Frontier? windowPairs) =>
        (_segment, _windowStarts, _windowPairs) = (segment, windowStarts, windowPairs);

    /// <summary>The highest score the scorer gives this term in the segment (0 when the segment lacks it).</summary>
    public float Max(Similarity.SimScorer scorer) => _segment.Max(scorer, 0, _segment.Docs.Length);

    /// <summary>The highest score the scorer gives this term in each window of the segment (0 where it is absent), or
    /// null when the term keeps no windows (then <see cref="Max"/> bounds every window).</summary>
    public float[]? WindowMax(Similarity.SimScorer scorer)
    {
        if (_windowStarts is null) return null;
        var max = new float[_windowStarts.Length - 1];
        for (var w = 0; w < max.Length; w++) max[w] = _windowPairs!.Max(scorer, _windowStarts[w], _windowStarts[w + 1]);
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
        if (MultiFields.GetTermDocsEnum(reader, null, term.Field, term.Bytes, DocsFlags.FREQS) is not { } docs) return new TermPeaks(Frontier.Empty, null, null);
        var norms = reader.GetNormValues(term.Field);
        var windows = reader.MaxDoc > WindowSize && reader.DocFreq(term) >= reader.MaxDoc / CommonShare ? new FrontierBuilder() : null;
        var starts = windows is null ? null : new List<int>(reader.MaxDoc / WindowSize + 2) { 0 };
        var segment = new BestByNorm();
        var window = new BestByNorm();
        var current = 0;
        for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
        {
            var norm = norms is null ? 0 : (byte)norms.Get(doc);
            segment.Offer(norm, docs.Freq, doc);
            if (windows is null) continue;
            for (; current < doc >> WindowShift; current++)
            {
                window.FlushInto(windows);
                starts!.Add(windows.Count);
            }
            window.Offer(norm, docs.Freq, doc);
        }
        var segmentPairs = new FrontierBuilder();
        segment.FlushInto(segmentPairs);
        if (windows is null) return new TermPeaks(segmentPairs.Build(), null, null);
        for (var last = (reader.MaxDoc - 1) >> WindowShift; current <= last; current++)
        {
            window.FlushInto(windows);
            starts!.Add(windows.Count);
        }
        return new TermPeaks(segmentPairs.Build(), [.. starts!], windows.Build());
    }

    /// <summary>(document, frequency) pairs; the score bound of a range of them is their highest score.</summary>
    private sealed record Frontier(int[] Docs, int[] Freqs)
    {
        public static readonly Frontier Empty = new([], []);

        public float Max(Similarity.SimScorer scorer, int from, int to)
        {
            var max = 0f;
            for (var i = from; i < to; i++) max = Math.Max(max, scorer.Score(Docs[i], Freqs[i]));
            return max;
        }
    }

    private sealed class FrontierBuilder
    {
        private readonly List<int> _docs = [];
        private readonly List<int> _freqs = [];

        public int Count => _docs.Count;

        public void Add(int doc, int freq)
        {
            _docs.Add(doc);
            _freqs.Add(freq);
        }

        public Frontier Build() => new([.. _docs], [.. _freqs]);
    }

    /// <summary>The largest frequency for each norm byte seen (with a document that has it), reset by each flush.</summary>
    private sealed class BestByNorm
    {
        private readonly int[] _freq = new int[256];
        private readonly int[] _doc = new int[256];
        private readonly List<int> _seen = [];

        public void Offer(int norm, int freq, int doc)
        {
            if (freq <= _freq[norm]) return;
            if (_freq[norm] == 0) _seen.Add(norm);
            _freq[norm] = freq;
            _doc[norm] = doc;
        }

        /// <summary>Adds the pairs no other beats in both frequency and norm (from the shortest fields down), then resets.</summary>
        public void FlushInto(FrontierBuilder into)
        {
            _seen.Sort();
            var best = 0;
            for (var i = _seen.Count - 1; i >= 0; i--)
            {
                var norm = _seen[i];
                if (_freq[norm] > best) into.Add(_doc[norm], best = _freq[norm]);
                _freq[norm] = 0;
            }
            _seen.Clear();
        }
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
