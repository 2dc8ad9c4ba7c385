using System.Runtime.CompilerServices;
using CaseGraph.Core.Dosing;
using CaseGraph.Core.Graph;
using CaseGraph.Core.Model;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace CaseGraph.Lucene;

/// <summary>
/// The case documents of one segment and the concepts (and MME band, as the graph's band node) each is linked to, read
/// once from the segment's postings into <see cref="CaseConceptPostings"/>: the graph's case-concept links as this commit
/// holds them. Segments never change, so this is cached per segment core; deletions are applied when it is read.
/// </summary>
internal sealed class SegmentCaseConcepts
{
    private static readonly ConditionalWeakTable<object, SegmentCaseConcepts> Cache = new();

    public CaseConceptPostings Postings { get; }

    /// <summary>The segment's document of each case ordinal, ascending.</summary>
    private readonly int[] _docs;

    private SegmentCaseConcepts(CaseConceptPostings postings, int[] docs) => (Postings, _docs) = (postings, docs);

    public static SegmentCaseConcepts For(AtomicReader reader) => Cache.GetValue(reader.CoreCacheKey, _ => Read(reader));

    /// <summary>The commit's cases ranked by the concepts they share with the given ones (<see cref="ConceptOverlapAccumulator"/>).</summary>
    /// <param name="excludedDoc">a document of the commit to leave out of the answer (the case compared with)</param>
    public static IReadOnlyList<ConceptOverlap> Rank(IndexReader reader, IEnumerable<string> conceptIds, int? excludedDoc, int limit, CancellationToken ct) =>
        ConceptOverlapAccumulator.Rank(reader.Leaves.Select(leaf =>
            For(leaf.AtomicReader).Live(leaf.AtomicReader, excludedDoc - leaf.DocBase)).ToList(), conceptIds, limit, ct);

    /// <summary>This segment's cases as the reader sees them (its deletions), leaving out one document of it if asked.</summary>
    public LivePostings Live(AtomicReader reader, int? excludedDoc = null)
    {
        var live = reader.LiveDocs;
        var excluded = excludedDoc is { } doc && Array.BinarySearch(_docs, doc) is >= 0 and var ordinal ? ordinal : (int?)null;
        return new LivePostings(Postings, live is null ? null : ordinal => live.Get(_docs[ordinal]), excluded);
    }

    private static SegmentCaseConcepts Read(AtomicReader reader)
    {
        var docs = new List<int>();
        ForEachPosting(reader, LuceneFields.Kind, (kind, doc) => { if (kind == DocumentKind.Case.ToSlug()) docs.Add(doc); });
        var ordinalOf = new int[reader.MaxDoc];
        Array.Fill(ordinalOf, -1);
        for (var i = 0; i < docs.Count; i++) ordinalOf[docs[i]] = i;

        var ids = new string[docs.Count];
        ForEachPosting(reader, LuceneFields.Id, (id, doc) => { if (ordinalOf[doc] >= 0) ids[ordinalOf[doc]] = id; });
        var byConcept = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        void Link(string concept, int doc)
        {
            if (ordinalOf[doc] < 0) return;
            if (!byConcept.TryGetValue(concept, out var ordinals)) byConcept[concept] = ordinals = [];
            ordinals.Add(ordinalOf[doc]);
        }
        ForEachPosting(reader, LuceneFields.Concept, Link);
        ForEachPosting(reader, LuceneFields.MmeBand, (band, doc) => { if (band != MmeCalculator.Band(null)) Link(GraphFragments.MmeBandNodeId(band), doc); });
        // Postings come in document order and ordinals follow it, so every list is ascending.
        return new SegmentCaseConcepts(new CaseConceptPostings(ids, byConcept.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal)),
            [.. docs]);
    }

    /// <summary>Every (term, document) of a field in the segment, deleted documents included.</summary>
    private static void ForEachPosting(AtomicReader reader, string field, Action<string, int> visit)
    {
        if (reader.GetTerms(field) is not { } terms) return;
        var termsEnum = terms.GetEnumerator();
        DocsEnum? postings = null;
        while (termsEnum.MoveNext())
        {
            var term = termsEnum.Term.Utf8ToString();
            postings = termsEnum.Docs(null, postings, DocsFlags.NONE);
            for (var doc = postings.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.NextDoc()) visit(term, doc);
        }
    }
}
