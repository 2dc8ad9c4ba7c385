using System.Net;
using System.Text.Json;
using CaseGraph.Core.Model;
using CaseGraph.Core.Search;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace CaseGraph.Lucene;

/// <summary>
/// Reads the Lucene index through one <see cref="SearcherManager"/> (never a reader per request).
/// Call <see cref="Refresh"/> after the worker commits; until an index exists every search is empty.
/// </summary>
public sealed class LuceneSearchIndex : ISearchIndex, IDisposable
{
    private const int SnippetFragments = 2;
    private readonly LuceneDirectory _directory;
    private readonly string _path;
    private readonly Analyzer _analyzer;
    private readonly QueryFactory _queries;
    private readonly System.Threading.Lock _gate = new();
    private SearcherManager? _manager;

    public LuceneSearchIndex(string path, DrugWords drugWords)
    {
        _path = path;
        _analyzer = LuceneFields.CreateAnalyzer(drugWords);
        System.IO.Directory.CreateDirectory(path);
        _directory = FSDirectory.Open(path);
        _queries = new QueryFactory(_analyzer);
        BooleanQuery.MaxClauseCount = QueryFactory.MaxClauses;
    }

    /// <summary>Picks up the latest commit; cheap when nothing changed.</summary>
    public void Refresh()
    {
        var manager = Manager();
        manager?.MaybeRefresh();
    }

    /// <summary>When the index last committed (its segments file was written) and the run sequence that commit
    /// reflects: 0 for the empty commit a new index starts with, null before any commit.</summary>
    public (DateTimeOffset At, long Sequence)? LastCommit()
    {
        if (!DirectoryReader.IndexExists(_directory)) return null;
        var infos = new SegmentInfos();
        infos.Read(_directory);
        var sequence = infos.UserData.TryGetValue(LuceneIndexWriter.SequenceKey, out var s) && long.TryParse(s, out var n) ? n : 0;
        return (File.GetLastWriteTimeUtc(Path.Combine(_path, infos.GetSegmentsFileName())), sequence);
    }

    /// <summary>When an indexing run last committed: not the empty commit a new index starts with.</summary>
    public DateTimeOffset? RunCommittedAt() => LastCommit() is { Sequence: > 0 } c ? c.At : null;

    public IndexPage Search(IndexQuery request, CancellationToken ct)
    {
        var (query, textQuery) = _queries.Build(request, ct);
        return WithSearcher(searcher =>
        {
            var (top, facets) = SegmentSearch.Run(searcher, query, Math.Max(1, request.Offset + request.Limit), request.CountFacets, ct);
            var highlighter = textQuery is null || !request.Snippets ? null : new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"),
                new SimpleHTMLEncoder(), new QueryScorer(textQuery, LuceneFields.Text));
            var hits = top.ScoreDocs.Skip(request.Offset).Take(request.Limit)
                .Select(sd =>
                {
                    ct.ThrowIfCancellationRequested(); // highlighting expands the query again, per hit
                    return ToHit(searcher.Doc(sd.Doc, HitFields), sd.Score, highlighter);
                }).ToList();
            return new IndexPage(top.TotalHits, hits) { Facets = facets ?? new Dictionary<string, IReadOnlyList<FacetCount>>() };
        }, new IndexPage(0, []));
    }

    public IReadOnlyList<MonthCounts> MonthlyTopicCounts(IndexQuery request, CancellationToken ct)
    {
        var (query, _) = _queries.Build(request with { Kind = DocumentKind.Case }, ct);
        return WithSearcher(searcher =>
        {
            var collector = new TrendCollector();
            searcher.Search(query, CancellableCollector.Wrap(collector, ct));
            return collector.Result();
        }, []);
    }

    public IReadOnlyList<string> RecentCaseTexts(int limit) => WithSearcher(searcher =>
    {
        var (query, _) = _queries.Build(new IndexQuery { Kind = DocumentKind.Case });
        var newestFirst = new Sort(new SortField(LuceneFields.Presented, SortFieldType.STRING, reverse: true), SortField.FIELD_DOC);
        var top = searcher.Search(query, limit, newestFirst);
        return (IReadOnlyList<string>)top.ScoreDocs.Select(d => ToStoredCase(searcher.Doc(d.Doc)).Record.SearchText).ToList();
    }, []);

    public StoredCase? GetCase(string caseId) => WithSearcher(searcher =>
    {
        var top = searcher.Search(CaseById(caseId), 1);
        if (top.TotalHits == 0) return null;
        return ToStoredCase(searcher.Doc(top.ScoreDocs[0].Doc));
    }, null);

    private static StoredCase ToStoredCase(Document doc)
    {
        var record = JsonSerializer.Deserialize<CaseRecord>(doc.Get(LuceneFields.Record))!;
        var topics = JsonSerializer.Deserialize<List<TopicTag>>(doc.Get(LuceneFields.TopicTags)) ?? [];
        var mme = doc.GetField(LuceneFields.Mme)?.GetDoubleValue();
        return new StoredCase(record, doc.GetValues(LuceneFields.Concept), doc.GetValues(LuceneFields.Annotation), topics, mme);
    }

    public IReadOnlyList<TextMatch> MoreLikeThis(string caseId, int limit, CancellationToken ct) =>
        WithSearcher(searcher =>
        {
            var top = searcher.Search(CaseById(caseId), 1);
            if (top.TotalHits == 0) return [];
            var like = Mlt(searcher.IndexReader).Like(top.ScoreDocs[0].Doc);
            return TopCases(searcher, like, limit, exclude: caseId, ct);
        }, []);

    public IReadOnlyList<TextMatch> MoreLikeThisText(string text, int limit, CancellationToken ct) =>
        WithSearcher(searcher => TopCases(searcher, Mlt(searcher.IndexReader).Like(new StringReader(text), LuceneFields.Text), limit, exclude: null, ct), []);

    public void Dispose()
    {
        _manager?.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }

    private MoreLikeThis Mlt(IndexReader reader) => new(reader)
    {
        Analyzer = _analyzer,
        FieldNames = [LuceneFields.Text],
        MinTermFreq = 1,
        MinDocFreq = 2,
        MaxQueryTerms = 30,
    };

    public IReadOnlyList<(StoredCase Case, string Snippet)> GetCasesWithSnippets(IReadOnlyList<string> caseIds, string queryText) =>
        WithSearcher(searcher =>
        {
            var (_, textQuery) = _queries.Build(new IndexQuery { Text = QueryLimits.FirstWords(queryText, QueryLimits.TextTerms), MaxTerms = QueryLimits.TextTerms });
            var highlighter = textQuery is null ? null
                : new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), new QueryScorer(textQuery, LuceneFields.Text));
            var result = new List<(StoredCase, string)>();
            foreach (var id in caseIds)
            {
                var top = searcher.Search(CaseById(id), 1);
                if (top.TotalHits == 0) continue;
                var doc = searcher.Doc(top.ScoreDocs[0].Doc);
                result.Add((ToStoredCase(doc), Snippet(doc.Get(LuceneFields.Text) ?? "", highlighter)));
            }
            return (IReadOnlyList<(StoredCase, string)>)result;
        }, []);

    private static List<TextMatch> TopCases(IndexSearcher searcher, Query like, int limit, string? exclude, CancellationToken ct)
    {
        var query = new BooleanQuery
        {
            { like, Occur.MUST },
            { new TermQuery(new Term(LuceneFields.Kind, DocumentKind.Case.ToSlug())), Occur.MUST },
        };
        if (exclude is not null) query.Add(new TermQuery(new Term(LuceneFields.Id, exclude)), Occur.MUST_NOT);
        var top = TopScoreDocCollector.Create(Math.Max(1, limit), docsScoredInOrder: false);
        searcher.Search(query, CancellableCollector.Wrap(top, ct));
        return top.GetTopDocs().ScoreDocs
            .Select(sd => new TextMatch(searcher.Doc(sd.Doc, IdOnly).Get(LuceneFields.Id), sd.Score)).ToList();
    }

    private static readonly ISet<string> IdOnly = new HashSet<string> { LuceneFields.Id };

    /// <summary>What a hit shows: not the stored case record, which is read only for the case itself.</summary>
    private static readonly ISet<string> HitFields = new HashSet<string>
        { LuceneFields.Id, LuceneFields.Kind, LuceneFields.Title, LuceneFields.Text, LuceneFields.Concept, LuceneFields.Topic, LuceneFields.CaseId };

    private static BooleanQuery CaseById(string caseId) => new()
    {
        { new TermQuery(new Term(LuceneFields.Id, caseId)), Occur.MUST },
        { new TermQuery(new Term(LuceneFields.Kind, DocumentKind.Case.ToSlug())), Occur.MUST },
    };

    private IndexHit ToHit(Document doc, float score, Highlighter? highlighter)
    {
        DocumentKinds.TryParse(doc.Get(LuceneFields.Kind), out var kind);
        var text = doc.Get(LuceneFields.Text) ?? "";
        return new IndexHit(doc.Get(LuceneFields.Id), kind, doc.Get(LuceneFields.Title), Snippet(text, highlighter), score,
            doc.GetValues(LuceneFields.Concept), doc.GetValues(LuceneFields.Topic), doc.Get(LuceneFields.CaseId));
    }

    private string Snippet(string text, Highlighter? highlighter)
    {
        if (highlighter is not null)
        {
            using var tokens = _analyzer.GetTokenStream(LuceneFields.Text, text);
            var best = highlighter.GetBestFragments(tokens, text, SnippetFragments, " … ");
            if (!string.IsNullOrEmpty(best)) return best;
        }
        var head = text.Length <= 200 ? text : text[..200] + "…";
        return WebUtility.HtmlEncode(head);
    }

    private T WithSearcher<T>(Func<IndexSearcher, T> read, T whenEmpty)
    {
        var manager = Manager();
        if (manager is null) return whenEmpty;
        var searcher = manager.Acquire();
        try
        {
            return read(searcher);
        }
        finally
        {
            manager.Release(searcher);
        }
    }

    private SearcherManager? Manager()
    {
        if (_manager is not null) return _manager;
        lock (_gate)
        {
            if (_manager is null && DirectoryReader.IndexExists(_directory)) _manager = new SearcherManager(_directory, new BM25SearcherFactory());
            return _manager;
        }
    }

    /// <summary>BM25 searchers whose segments' facet ordinals are read before the first search sees them.</summary>
    private sealed class BM25SearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader)
        {
            foreach (var leaf in reader.Leaves) SegmentFacetOrdinals.For(leaf.AtomicReader);
            return new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        }
    }
}
