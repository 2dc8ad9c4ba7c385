using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace CaseGraph.Lucene;

/// <summary>
/// Exact top-k of a <see cref="TermDisjunction"/> with dynamic pruning (MaxScore, Turtle and Flood 1995). Terms are
/// ordered by their highest score in the segment (<see cref="TermPeaks"/>); once the top k is full, the terms whose
/// highest scores together cannot beat the k-th score are no longer read document by document, only advanced to the
/// documents the other terms match. Hits, scores and tie order are plain Lucene's: a pruned document provably scores
/// at most the k-th score, which a later document needs to beat. Per window of documents the same holds with the terms'
/// highest scores in that window (block-max): a window whose terms together cannot beat the k-th score is skipped, and
/// inside a window the terms are pruned by their window's peaks. Matches are counted by a separate pass over the
/// postings without scoring.
/// </summary>
internal static class MaxScoreSearch
{
    /// <summary>Bounds are summed with this margin for float rounding in Lucene's own sums.</summary>
    private const double Margin = 1 + 1e-5;

    /// <summary>One term's weight for the whole index: what Lucene's TermWeight computes.</summary>
    public static Similarity.SimWeight[] Weights(IndexSearcher searcher, TermDisjunction query)
    {
        var similarity = searcher.Similarity;
        return query.Leaves.Select(leaf =>
        {
            var context = TermContext.Build(searcher.TopReaderContext, leaf.Term);
            var weight = similarity.ComputeWeight(leaf.QueryBoost, searcher.CollectionStatistics(leaf.Term.Field), searcher.TermStatistics(leaf.Term, context));
            weight.Normalize(1f, leaf.TopLevelBoost); // BM25 has no query norm
            return weight;
        }).ToArray();
    }

    /// <summary>The documents of a segment the filter admits, as the bit set it caches (null: no filter; every document).</summary>
    /// <returns>false when the filter offers no bit set (the caller then searches the usual way)</returns>
    public static bool TryFilterBits(AtomicReaderContext leaf, Filter? filter, out FixedBitSet? admitted)
    {
        admitted = null;
        if (filter is null) return true;
        var set = filter.GetDocIdSet(leaf, null); // no accepted documents: the cached set itself, not a wrapper
        admitted = set is null ? new FixedBitSet(leaf.AtomicReader.MaxDoc) : set as FixedBitSet;
        return admitted is not null;
    }

    /// <summary>The segment's matches, as a bit set (unscored).</summary>
    public static FixedBitSet Matches(AtomicReaderContext leaf, TermDisjunction query, FixedBitSet? admitted)
    {
        var live = leaf.AtomicReader.LiveDocs;
        var matches = new FixedBitSet(leaf.AtomicReader.MaxDoc);
        foreach (var term in query.Leaves.Select(l => l.Term).Distinct())
        {
            if (MultiFields.GetTermDocsEnum(leaf.AtomicReader, live, term.Field, term.Bytes, DocsFlags.NONE) is not { } docs) continue;
            for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc()) matches.Set(doc);
        }
        if (admitted is not null) matches.And(admitted);
        return matches;
    }

    /// <summary>The segment's top <paramref name="k"/> (score descending, then document), with segment-global doc ids.</summary>
    public static ScoreDoc[] Top(AtomicReaderContext leaf, TermDisjunction query, Similarity.SimWeight[] weights, Similarity similarity,
        FixedBitSet? admitted, int k, CancellationToken ct)
    {
        var live = leaf.AtomicReader.LiveDocs;
        var cursors = new List<Cursor>();
        foreach (var l in query.Leaves)
        {
            if (MultiFields.GetTermDocsEnum(leaf.AtomicReader, live, l.Term.Field, l.Term.Bytes, DocsFlags.FREQS) is not { } docs) continue;
            var scorer = similarity.GetSimScorer(weights[l.Index], leaf);
            var peaks = TermPeaks.For(leaf.AtomicReader, l.Term);
            cursors.Add(new Cursor(l.Index, docs, scorer, peaks.Max(scorer), peaks.WindowMax(scorer)));
        }
        var order = cursors.OrderBy(c => c.Bound).ThenBy(c => c.Leaf).ToArray();
        // upTo[i]: the most the cursors order[0..i] can add together.
        var upTo = new double[order.Length];
        for (var i = 0; i < order.Length; i++) upTo[i] = ((i == 0 ? 0 : upTo[i - 1]) + order[i].Bound) * Margin;
        foreach (var c in order) c.Doc = c.Docs.NextDoc();

        var top = new TopK(k);
        var leafScores = new float[query.Leaves.Count];
        var inWindow = new double[order.Length]; // upTo within the current window, from the terms' window peaks
        var firstEssential = 0;
        var steps = 0;
        while (firstEssential < order.Length)
        {
            // The next window an essential term has a document in, and the terms that can lift a document of it into the top k.
            var next = FirstDoc(order, firstEssential);
            if (next == DocIdSetIterator.NO_MORE_DOCS) break;
            var window = next >> TermPeaks.WindowShift;
            var end = (int)Math.Min(int.MaxValue, (window + 1L) << TermPeaks.WindowShift);
            for (var i = 0; i < order.Length; i++) inWindow[i] = ((i == 0 ? 0 : inWindow[i - 1]) + order[i].BoundIn(window)) * Margin;
            var essential = Above(inWindow, firstEssential, top.Threshold);
            while (essential < order.Length)
            {
                if ((++steps & 4095) == 0) ct.ThrowIfCancellationRequested();
                var doc = FirstDoc(order, essential);
                if (doc >= end) break;
                if (admitted is not null && !admitted.Get(doc))
                {
                    for (var i = essential; i < order.Length; i++)
                        if (order[i].Doc == doc) order[i].Doc = order[i].Docs.NextDoc();
                    continue;
                }

                var partial = 0d;
                for (var i = essential; i < order.Length; i++)
                {
                    var c = order[i];
                    if (c.Doc != doc) continue;
                    partial += leafScores[c.Leaf] = c.Scorer.Score(doc, c.Docs.Freq);
                    c.Doc = c.Docs.NextDoc();
                }
                var pruned = false;
                for (var i = essential - 1; i >= 0; i--)
                {
                    if (top.IsFull && partial * Margin + inWindow[i] <= top.Threshold) { pruned = true; break; }
                    var c = order[i];
                    if (c.Doc < doc) c.Doc = c.Docs.Advance(doc);
                    if (c.Doc == doc) partial += leafScores[c.Leaf] = c.Scorer.Score(doc, c.Docs.Freq);
                }
                if (!pruned && top.Offer(doc, TermDisjunction.Score(query.Root, leafScores)))
                {
                    firstEssential = Above(upTo, firstEssential, top.Threshold);
                    essential = Above(inWindow, Math.Max(essential, firstEssential), top.Threshold);
                }
                Array.Clear(leafScores);
            }
            // What the window has left only in terms that were not essential in it cannot reach the top k: move past it.
            for (var i = firstEssential; i < order.Length; i++)
                if (order[i].Doc < end) order[i].Doc = order[i].Docs.Advance(end);
        }
        return top.Sorted(leaf.DocBase);
    }

    /// <summary>The smallest current document of the cursors from <paramref name="from"/> on.</summary>
    private static int FirstDoc(Cursor[] order, int from)
    {
        var doc = DocIdSetIterator.NO_MORE_DOCS;
        for (var i = from; i < order.Length; i++) doc = Math.Min(doc, order[i].Doc);
        return doc;
    }

    /// <summary>The first position from <paramref name="from"/> on whose summed bound can beat the threshold: the terms
    /// before it cannot lift a document into the top k on their own.</summary>
    private static int Above(double[] upTo, int from, float threshold)
    {
        while (from < upTo.Length && upTo[from] <= threshold) from++;
        return from;
    }

    private sealed class Cursor(int leaf, DocsEnum docs, Similarity.SimScorer scorer, float bound, float[]? windowBounds)
    {
        public int Leaf { get; } = leaf;
        public DocsEnum Docs { get; } = docs;
        public Similarity.SimScorer Scorer { get; } = scorer;
        public float Bound { get; } = bound;
        public int Doc { get; set; }

        /// <summary>The term's highest score in a window of the segment.</summary>
        public float BoundIn(int window) => windowBounds is null ? Bound : windowBounds[window];
    }

    /// <summary>The best k of documents offered in increasing order: a later document must score strictly more to
    /// enter, as in Lucene's collector.</summary>
    private sealed class TopK(int k)
    {
        private readonly PriorityQueue<(int Doc, float Score), (float Score, int Doc)> _heap =
            new(Comparer<(float Score, int Doc)>.Create((a, b) => a.Score != b.Score ? a.Score.CompareTo(b.Score) : b.Doc.CompareTo(a.Doc)));

        public bool IsFull => _heap.Count == k;

        public float Threshold => _heap.TryPeek(out var worst, out _) ? worst.Score : float.NegativeInfinity;

        public bool Offer(int doc, float score)
        {
            if (!IsFull) _heap.Enqueue((doc, score), (score, doc));
            else if (score > Threshold) _heap.EnqueueDequeue((doc, score), (score, doc));
            else return false;
            return IsFull;
        }

        public ScoreDoc[] Sorted(int docBase) => _heap.UnorderedItems.Select(e => e.Element)
            .OrderByDescending(e => e.Score).ThenBy(e => e.Doc).Select(e => new ScoreDoc(docBase + e.Doc, e.Score)).ToArray();
    }
}
