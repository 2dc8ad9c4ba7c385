using System.Text.Json.Nodes;
using CaseGraph.Core.Model;
using CaseGraph.Core.Search;
using CaseGraph.Generator;
using CaseGraph.Graph.Sqlite;
using CaseGraph.Indexing.Hosting;
using CaseGraph.Indexing.Pipeline;
using CaseGraph.Lucene;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Microsoft.Extensions.Logging.Abstractions;

namespace CaseGraph.Indexing.Tests;

/// <summary>
/// Search scores an index's segments in parallel, from cached facet ordinals and with a cached kind filter. Checked
/// against one plain Lucene search and a document-by-document facet count on an index of several segments with
/// deleted documents (a generated archive indexed, then partly changed and indexed again).
/// </summary>
public sealed class SegmentSearchTests : IClassFixture<SegmentSearchTests.TwoRuns>
{
    public sealed class TwoRuns : IAsyncLifetime
    {
        public string Root { get; } = Path.Combine(Path.GetTempPath(), "casegraph-segments-" + Guid.NewGuid().ToString("N"));
        public IndexPaths Paths => new(Path.Combine(Root, "indexes"));
        public IndexingStatus Status { get; } = new();

        public async Task InitializeAsync()
        {
            var corpus = Path.Combine(Root, "corpus");
            CorpusWriter.Write(RepositoryPaths.Default("corpus"), corpus, cases: 400, seed: 11, labelledShare: 0.1);
            var pipeline = new IndexingPipeline(Paths, new SqliteGraphStore(Paths.Graph), Status, NullLogger<IndexingPipeline>.Instance);
            await pipeline.RunAsync(corpus, CancellationToken.None);
            // Changing every fifth case rewrites it: its old documents are deleted and the new ones form a new segment.
            foreach (var file in System.IO.Directory.GetFiles(Path.Combine(corpus, "cases"), "*.json", SearchOption.AllDirectories).Order().Where((_, i) => i % 5 == 0))
            {
                var json = JsonNode.Parse(File.ReadAllText(file))!;
                json["summary"] = json["summary"]!.GetValue<string>() + " Follow-up: the taper was paused for pain.";
                File.WriteAllText(file, json.ToJsonString());
            }
            await pipeline.RunAsync(corpus, CancellationToken.None);
        }

        public Task DisposeAsync()
        {
            System.IO.Directory.Delete(Root, recursive: true);
            return Task.CompletedTask;
        }
    }

    private readonly TwoRuns _runs;
    public SegmentSearchTests(TwoRuns runs) => _runs = runs;

    public static TheoryData<string, string?> Queries => new()
    {
        { "buprenorphine", null }, { "taper pain", null }, { "\"opioid use disorder\" naloxone", null }, { "taper pain", "case" },
        { "naloxone", "recommendation" }, { "", "case" },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public void Hits_scores_totals_and_facet_counts_match_a_plain_lucene_search(string text, string? kind)
    {
        var request = new IndexQuery
        {
            Text = text, Kind = kind is null ? null : Enum.Parse<DocumentKind>(kind, ignoreCase: true), Limit = 20, CountFacets = true, Snippets = false,
        };
        using var index = LuceneSearchIndex.OpenPinned(_runs.Paths.Lucene);
        var page = index.Search(request, CancellationToken.None);

        using var directory = FSDirectory.Open(_runs.Paths.Lucene);
        using var reader = DirectoryReader.Open(directory);
        Assert.True(reader.Leaves.Count >= 2, $"the index has {reader.Leaves.Count} segment(s)");
        Assert.True(reader.HasDeletions);
        var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        var query = new QueryFactory(LuceneFields.CreateAnalyzer(DrugWords.From(index.Model.Vocabulary)), index.Model.FieldWeights).Build(request).Query;
        var expected = searcher.Search(query, reader.MaxDoc);

        Assert.True(page.Total > 0);
        Assert.Equal(expected.TotalHits, page.Total);
        Assert.Equal(expected.ScoreDocs.Take(20).Select(d => searcher.Doc(d.Doc).Get(LuceneFields.Id)), page.Hits.Select(h => h.Id));
        Assert.Equal(expected.ScoreDocs.Take(20).Select(d => d.Score), page.Hits.Select(h => h.Score), (a, b) => Math.Abs(a - b) < 1e-4);
        foreach (var facet in Facets.All)
            Assert.Equal(CountOneByOne(reader, expected.ScoreDocs, facet), page.Facets[facet]);
    }

    public static TheoryData<string, string?, int> PrunedQueries => new()
    {
        { "buprenorphine", null, 1 }, { "buprenorphine", null, 10 }, { "taper pain", null, 3 }, { "taper pain", "case", 10 },
        { "buprenorphine taper pain", null, 10 }, { "naloxone overdose fentanyl", "case", 5 }, { "depression sleep duloxetine", null, 10 },
        { "naloxone", "recommendation", 2 }, { "pain^3 taper", null, 10 },
    };

    /// <summary>Free text ranked by score takes dynamic pruning: the same hits, bit-for-bit the same scores, the same
    /// order of ties and the same total as Lucene scoring every match.</summary>
    [Theory]
    [MemberData(nameof(PrunedQueries))]
    public void Pruned_top_k_equals_a_plain_lucene_search_exactly(string text, string? kind, int limit)
    {
        var request = new IndexQuery
        {
            Text = text, Kind = kind is null ? null : Enum.Parse<DocumentKind>(kind, ignoreCase: true), Limit = limit, Snippets = false,
        };
        using var index = LuceneSearchIndex.OpenPinned(_runs.Paths.Lucene);
        var page = index.Search(request, CancellationToken.None);

        using var directory = FSDirectory.Open(_runs.Paths.Lucene);
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        var query = new QueryFactory(LuceneFields.CreateAnalyzer(DrugWords.From(index.Model.Vocabulary)), index.Model.FieldWeights).Build(request).Query;
        Assert.NotNull(TermDisjunction.TryRead(searcher.Rewrite(query)));
        var expected = searcher.Search(query, limit);

        Assert.True(expected.TotalHits > limit);
        Assert.Equal(expected.TotalHits, page.Total);
        Assert.Equal(expected.ScoreDocs.Select(d => searcher.Doc(d.Doc).Get(LuceneFields.Id)), page.Hits.Select(h => h.Id));
        Assert.Equal(expected.ScoreDocs.Select(d => d.Score), page.Hits.Select(h => h.Score));
    }

    /// <summary>A term's peaks give exactly its highest score in each segment: the bound pruning relies on.</summary>
    [Theory]
    [InlineData("text", "pain")]
    [InlineData("title", "taper")]
    [InlineData("text", "nowordlikethis")]
    public void Term_peaks_give_the_highest_score_of_the_term_in_each_segment(string field, string word)
    {
        using var directory = FSDirectory.Open(_runs.Paths.Lucene);
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        var term = new Term(field, word);
        var query = TermDisjunction.TryRead(new TermQuery(term) { Boost = 1.5f })!;
        var weight = MaxScoreSearch.Weights(searcher, query)[0];
        foreach (var leaf in reader.Leaves)
        {
            var scorer = searcher.Similarity.GetSimScorer(weight, leaf);
            var highest = 0f;
            if (leaf.AtomicReader.GetTermDocsEnum(term) is { } docs)
                for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
                    highest = Math.Max(highest, scorer.Score(doc, docs.Freq));
            Assert.Equal(highest, TermPeaks.Read(leaf.AtomicReader, term).Max(scorer));
        }
    }

    /// <summary>A common term's window peaks give exactly its highest score in each window of each segment, deleted
    /// documents included (0 where the window lacks it): the bound block-max pruning relies on.</summary>
    [Theory]
    [InlineData("text", "pain")]
    [InlineData("title", "taper")]
    public void Window_peaks_give_the_highest_score_of_the_term_in_each_window(string field, string word)
    {
        using var directory = FSDirectory.Open(_runs.Paths.Lucene);
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        var term = new Term(field, word);
        var weight = MaxScoreSearch.Weights(searcher, TermDisjunction.TryRead(new TermQuery(term))!)[0];
        foreach (var leaf in reader.Leaves)
        {
            var scorer = searcher.Similarity.GetSimScorer(weight, leaf);
            var highest = new float[(leaf.AtomicReader.MaxDoc + TermPeaks.WindowSize - 1) / TermPeaks.WindowSize];
            var docs = MultiFields.GetTermDocsEnum(leaf.AtomicReader, null, field, term.Bytes, DocsFlags.FREQS); // deleted documents too
            for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
                highest[doc >> TermPeaks.WindowShift] = Math.Max(highest[doc >> TermPeaks.WindowShift], scorer.Score(doc, docs.Freq));
            Assert.Equal(highest, TermPeaks.Read(leaf.AtomicReader, term).WindowMax(scorer));
        }
    }

    /// <summary>The peaks keep only (frequency, norm) pairs no other posting beats in both, which is exact because BM25
    /// never scores a larger frequency lower, nor a larger norm byte: the byte decodes to a field length that never grows
    /// with it, and a shorter field scores higher.</summary>
    [Fact]
    public void A_larger_norm_byte_never_decodes_to_a_longer_field()
    {
        var similarity = new NormLengths();
        for (var b = 1; b < 256; b++) Assert.True(similarity.Length((byte)b) <= similarity.Length((byte)(b - 1)), $"norm byte {b}");
    }

    private sealed class NormLengths : BM25Similarity
    {
        public float Length(byte norm) => DecodeNormValue(norm);
    }

    [Theory]
    [InlineData("\"opioid use disorder\"")]
    [InlineData("bupren*")]
    [InlineData("+taper pain")]
    public void Queries_of_other_shapes_are_not_read_as_a_term_disjunction(string text)
    {
        using var index = LuceneSearchIndex.OpenPinned(_runs.Paths.Lucene);
        using var directory = FSDirectory.Open(_runs.Paths.Lucene);
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        var query = new QueryFactory(LuceneFields.CreateAnalyzer(DrugWords.From(index.Model.Vocabulary)), index.Model.FieldWeights)
            .Build(new IndexQuery { Text = text, Syntax = QuerySyntax.Lucene }).Query;
        Assert.Null(TermDisjunction.TryRead(searcher.Rewrite(query)));
    }

    /// <summary>A segment's facet values kept as bit sets (common values) or document lists (rare ones) count the same
    /// as reading each match's doc values, in either form.</summary>
    [Theory]
    [InlineData(1)] // every value held by fewer than all documents: document lists
    [InlineData(SegmentFacetOrdinals.DenseShare)]
    [InlineData(int.MaxValue)] // every value held by any document: bit sets
    public void Facet_postings_count_a_segments_matches_as_its_doc_values_do(int denseShare)
    {
        using var directory = FSDirectory.Open(_runs.Paths.Lucene);
        using var reader = DirectoryReader.Open(directory);
        foreach (var leaf in reader.Leaves)
        {
            var segment = leaf.AtomicReader;
            var postings = SegmentFacetOrdinals.Read(segment, denseShare);
            var matches = new FixedBitSet(segment.MaxDoc);
            for (var doc = 0; doc < segment.MaxDoc; doc++)
                if (doc % 3 != 1 && segment.LiveDocs?.Get(doc) != false) matches.Set(doc);

            var expected = new Dictionary<(string, string), int>();
            var term = new BytesRef();
            foreach (var facet in Facets.All)
            {
                if (segment.GetSortedSetDocValues(LuceneFields.FacetField(facet)) is not { } values) continue;
                for (var doc = 0; doc < segment.MaxDoc; doc++)
                {
                    if (!matches.Get(doc)) continue;
                    values.SetDocument(doc);
                    for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
                    {
                        values.LookupOrd(ord, term);
                        expected[(facet, term.Utf8ToString())] = expected.GetValueOrDefault((facet, term.Utf8ToString())) + 1;
                    }
                }
            }
            var counted = postings.Count(matches, CancellationToken.None);
            var actual = postings.Labels.Select((label, ord) => (label, count: counted[ord])).Where(c => c.count > 0)
                .ToDictionary(c => c.label, c => c.count);
            Assert.NotEmpty(expected);
            Assert.Equal(expected.OrderBy(e => e.Key), actual.OrderBy(e => e.Key));
        }
    }

    /// <summary>The most frequent values of a facet among the matches, reading each match's doc values.</summary>
    private static List<FacetCount> CountOneByOne(IndexReader reader, ScoreDoc[] matches, string facet)
    {
        var values = MultiDocValues.GetSortedSetValues(reader, LuceneFields.FacetField(facet));
        var counts = new Dictionary<string, int>();
        var term = new BytesRef();
        foreach (var match in matches)
        {
            values.SetDocument(match.Doc);
            for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
            {
                values.LookupOrd(ord, term);
                counts[term.Utf8ToString()] = counts.GetValueOrDefault(term.Utf8ToString()) + 1;
            }
        }
        return counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(Facets.ValuesPerFacet)
            .Select(c => new FacetCount(c.Key, c.Value)).ToList();
    }
}
