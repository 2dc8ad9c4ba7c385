using System.Net;
using System.Text.Json;
using CaseGraph.Core.Graph;
using CaseGraph.Core.Model;
using CaseGraph.Core.Search;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace CaseGraph.Lucene;

/// <summary>What reads one commit: its searcher, the search model the worker wrote with it, and the analyzer and
/// query factory made from that model. Immutable; shared by every view of the commit.</summary>
internal sealed record ReadModel(IndexSearcher Searcher, SearchModel Model, Analyzer Analyzer, QueryFactory Queries);

/// <summary>
/// One pinned commit (<see cref="LuceneSearchIndex.Pin"/>): every read of a request sees the same documents and the
/// vocabulary they were indexed with. Holds a reference on the commit's reader until disposed. Every read takes the
/// request's token; searches collect under it.
/// </summary>
internal sealed class LuceneSearchView(ReadModel read, Action release) : ISearchView
{
    private const int SnippetFragments = 2;
    private readonly IndexSearcher _searcher = read.Searcher;
    private int _released;

    public SearchModel Model => read.Model;

    public IndexPage Search(IndexQuery request, CancellationToken ct)
    {
        var (query, textQuery) = read.Queries.Build(request, ct, DocumentFrequency);
        var (top, facets) = SegmentSearch.Run(_searcher, query, Math.Max(1, request.Offset + request.Limit), request.CountFacets, ct,
            request.NewestFirst ? NewestFirst : null);
        var highlighter = textQuery is null || !request.Snippets ? null : Highlighter(textQuery);
        var hits = top.ScoreDocs.Skip(request.Offset).Take(request.Limit)
            .Select(sd =>
            {
                ct.ThrowIfCancellationRequested(); // highlighting expands the query again, per hit
                return ToHit(_searcher.Doc(sd.Doc, HitFields), sd.Score, highlighter);
            }).ToList();
        return new IndexPage(top.TotalHits, hits) { Facets = facets ?? new Dictionary<string, IReadOnlyList<FacetCount>>() };
    }

    public IReadOnlySet<string> MatchingIds(IndexQuery request, CancellationToken ct)
    {
        var (query, _) = read.Queries.Build(request with { Text = null, ConceptBoosts = [] }, ct);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var collector = new IdCollector(ids, ct);
        _searcher.Search(query, collector);
        return ids;
    }

    public IReadOnlyList<MonthCounts> MonthlyTopicCounts(IndexQuery request, CancellationToken ct)
    {
        var (query, _) = read.Queries.Build(request with { Kind = DocumentKind.Case }, ct);
        var collector = new TrendCollector();
        _searcher.Search(query, CancellableCollector.Wrap(collector, ct));
        return collector.Result();
    }

    public IReadOnlyList<string> RecentCaseTexts(int limit, CancellationToken ct)
    {
        var (query, _) = read.Queries.Build(new IndexQuery { Kind = DocumentKind.Case }, ct);
        var newestFirst = new Sort(new SortField(LuceneFields.Presented, SortFieldType.STRING, reverse: true), SortField.FIELD_DOC);
        var top = TopFieldCollector.Create(newestFirst, Math.Max(1, limit), fillFields: false, trackDocScores: false, trackMaxScore: false, docsScoredInOrder: false);
        _searcher.Search(query, CancellableCollector.Wrap(top, ct));
        return top.GetTopDocs().ScoreDocs.Select(d =>
        {
            ct.ThrowIfCancellationRequested();
            return ToStoredCase(_searcher.Doc(d.Doc)).Record.SearchText;
        }).ToList();
    }

    public GuidelinePassage? GetPassage(string passageId, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var byId = new BooleanQuery
        {
            { new TermQuery(new Term(LuceneFields.Id, passageId)), Occur.MUST },
            { new TermQuery(new Term(LuceneFields.Kind, DocumentKind.Guideline.ToSlug())), Occur.MUST },
        };
        var top = _searcher.Search(byId, 1);
        if (top.TotalHits == 0) return null;
        var doc = _searcher.Doc(top.ScoreDocs[0].Doc);
        var c = CitationOf(doc)!;
        return new GuidelinePassage(doc.Get(LuceneFields.Id), doc.Get(LuceneFields.Title), doc.Get(LuceneFields.Text) ?? "",
            c.Source, c.Section, c.Url, c.Published, c.Grade);
    }

    public StoredCase? GetCase(string caseId, CancellationToken ct) => FindCase(caseId, ct) is { } doc ? ToStoredCase(_searcher.Doc(doc)) : null;

    public IReadOnlyList<TextMatch> MoreLikeThis(string caseId, int limit, CancellationToken ct)
    {
        if (FindCase(caseId, ct) is not { } doc) return [];
        // The same query as Like(doc), which re-analyses the stored text (there are no term vectors) but loads every stored field.
        var text = _searcher.Doc(doc, TextOnly).Get(LuceneFields.Text) ?? "";
        return TopCases(Mlt().Like(new StringReader(text), LuceneFields.Text), limit, exclude: caseId, ct);
    }

    public IReadOnlyList<ConceptOverlap> CasesByConcepts(IReadOnlyCollection<string> conceptIds, string? excludedCaseId, int limit, CancellationToken ct) =>
        SegmentCaseConcepts.Rank(_searcher.IndexReader, conceptIds, excludedCaseId is null ? null : FindCase(excludedCaseId, ct), limit, ct);

    public IReadOnlyList<TextMatch> MoreLikeThisText(string text, int limit, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        return TopCases(Mlt().Like(new StringReader(text), LuceneFields.Text), limit, exclude: null, ct);
    }

    public IReadOnlyList<(StoredCase Case, string Snippet)> GetCasesWithSnippets(IReadOnlyList<string> caseIds, string queryText, CancellationToken ct)
    {
        var (_, textQuery) = read.Queries.Build(new IndexQuery { Text = QueryLimits.FirstWords(queryText, QueryLimits.TextTerms), MaxTerms = QueryLimits.TextTerms }, ct);
        var highlighter = textQuery is null ? null : Highlighter(textQuery);
        var result = new List<(StoredCase, string)>();
        foreach (var id in caseIds)
        {
            if (FindCase(id, ct) is not { } found) continue;
            var doc = _searcher.Doc(found);
            result.Add((ToStoredCase(doc), Snippet(doc.Get(LuceneFields.Text) ?? "", highlighter)));
        }
        return result;
    }

    public IReadOnlyDictionary<string, int> ConceptDocumentCounts(CancellationToken ct) => IndexWords.ConceptCounts(_searcher.IndexReader, ct);

    public bool HoldsWord(string word, CancellationToken ct) => IndexWords.Holds(_searcher.IndexReader, read.Analyzer, word);

    public IReadOnlyList<IndexWord> NearWords(string word, int maxEdits, CancellationToken ct) =>
        IndexWords.Near(_searcher.IndexReader, read.Analyzer, word, maxEdits, ct);

    private int DocumentFrequency(string word) => _searcher.IndexReader.DocFreq(new Term(LuceneFields.Text, word));

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0) release();
    }

    private int? FindCase(string caseId, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var top = _searcher.Search(CaseById(caseId), 1);
        return top.TotalHits == 0 ? null : top.ScoreDocs[0].Doc;
    }

    private static StoredCase ToStoredCase(Document doc)
    {
        var record = JsonSerializer.Deserialize<CaseRecord>(doc.Get(LuceneFields.Record))!;
        var topics = JsonSerializer.Deserialize<List<TopicTag>>(doc.Get(LuceneFields.TopicTags)) ?? [];
        var mme = doc.GetField(LuceneFields.Mme)?.GetDoubleValue();
        return new StoredCase(record, doc.GetValues(LuceneFields.Concept), doc.GetValues(LuceneFields.Annotation), topics, mme);
    }

    private MoreLikeThis Mlt() => new(_searcher.IndexReader)
    {
        Analyzer = read.Analyzer,
        FieldNames = [LuceneFields.Text],
        MinTermFreq = 1,
        MinDocFreq = 2,
        MaxQueryTerms = 30,
    };

    private List<TextMatch> TopCases(Query like, int limit, string? exclude, CancellationToken ct)
    {
        // Cases as the cached kind bit set rather than a required clause, and the case itself dropped afterwards rather
        // than excluded by a clause: the terms' disjunction then takes the pruned search (SegmentSearch), ranked as before.
        var wanted = Math.Max(1, limit) + (exclude is null ? 0 : 1);
        var top = SegmentSearch.TopOnly(_searcher, new FilteredQuery(like, QueryFactory.KindFilter(DocumentKind.Case)), wanted, ct);
        return top.ScoreDocs
            .Select(sd => new TextMatch(_searcher.Doc(sd.Doc, IdOnly).Get(LuceneFields.Id), sd.Score))
            .Where(m => m.CaseId != exclude).Take(Math.Max(1, limit)).ToList();
    }

    /// <summary>Newest first (by presentation month or publication date; undated last), ties by id: the same order every time.</summary>
    private static readonly Sort NewestFirst = new(new SortField(LuceneFields.Date, SortFieldType.STRING, reverse: true),
        new SortField(LuceneFields.Id, SortFieldType.STRING));

    private static readonly ISet<string> IdOnly = new HashSet<string> { LuceneFields.Id };
    private static readonly ISet<string> TextOnly = new HashSet<string> { LuceneFields.Text };


    /// <summary>What a hit shows: not the stored case record, which is read only for the case itself.</summary>
    private static readonly ISet<string> HitFields = new HashSet<string>
        {
            LuceneFields.Id, LuceneFields.Kind, LuceneFields.Title, LuceneFields.Text, LuceneFields.Concept, LuceneFields.Topic, LuceneFields.CaseId,
            LuceneFields.Presented, LuceneFields.Setting, LuceneFields.Source, LuceneFields.Section, LuceneFields.Url, LuceneFields.Published,
            LuceneFields.Grade,
        };

    private static BooleanQuery CaseById(string caseId) => new()
    {
        { new TermQuery(new Term(LuceneFields.Id, caseId)), Occur.MUST },
        { new TermQuery(new Term(LuceneFields.Kind, DocumentKind.Case.ToSlug())), Occur.MUST },
    };

    private static Highlighter Highlighter(Query textQuery) =>
        new(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), new QueryScorer(textQuery, LuceneFields.Text));

    private IndexHit ToHit(Document doc, float score, Highlighter? highlighter)
    {
        DocumentKinds.TryParse(doc.Get(LuceneFields.Kind), out var kind);
        var text = doc.Get(LuceneFields.Text) ?? "";
        return new IndexHit(doc.Get(LuceneFields.Id), kind, doc.Get(LuceneFields.Title), Snippet(text, highlighter), score,
            doc.GetValues(LuceneFields.Concept), doc.GetValues(LuceneFields.Topic), doc.Get(LuceneFields.CaseId))
        {
            StoredText = text,
            Date = doc.Get(LuceneFields.Presented) ?? doc.Get(LuceneFields.Published),
            Setting = doc.Get(LuceneFields.Setting),
            Citation = CitationOf(doc),
        };
    }

    /// <summary>A guideline passage's citation (null for any other document).</summary>
    private static Citation? CitationOf(Document doc) => doc.Get(LuceneFields.Source) is { } source
        ? new Citation(source, doc.Get(LuceneFields.Section) ?? "", doc.Get(LuceneFields.Url), doc.Get(LuceneFields.Published), doc.Get(LuceneFields.Grade))
        : null;

    private string Snippet(string text, Highlighter? highlighter)
    {
        if (highlighter is not null)
        {
            using var tokens = read.Analyzer.GetTokenStream(LuceneFields.Text, text);
            var best = highlighter.GetBestFragments(tokens, text, SnippetFragments, " … ");
            if (!string.IsNullOrEmpty(best)) return best;
        }
        var head = text.Length <= 200 ? text : text[..200] + "…";
        return WebUtility.HtmlEncode(head);
    }
}
