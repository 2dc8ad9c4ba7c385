using CaseGraph.Core.Model;
using CaseGraph.Indexing.Corpus;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Simple;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace CaseGraph.Evaluation.Search;

/// <summary>
/// The baseline every peer already has: plain Lucene BM25 with the standard analyzer over the same documents
/// (case summary and questions, recommendation text, passage title and text), queried with the user's words.
/// </summary>
public sealed class BaselineIndex : IDisposable
{
    private readonly RAMDirectory _directory = new();
    private readonly StandardAnalyzer _analyzer = new(LuceneVersion.LUCENE_48);
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    public BaselineIndex(CorpusSnapshot corpus)
    {
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, _analyzer) { Similarity = new BM25Similarity() }))
        {
            foreach (var (c, _) in corpus.Cases)
            {
                writer.AddDocument(Doc(c.Id, DocumentKind.Case, c.Summary + "\n" + string.Join("\n", c.Questions)));
                foreach (var r in c.Recommendations) writer.AddDocument(Doc(r.Id, DocumentKind.Recommendation, r.Text));
            }
            foreach (var (p, _) in corpus.Passages) writer.AddDocument(Doc(p.Id, DocumentKind.Guideline, p.Title + "\n" + p.Text));
        }
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
    }

    public IReadOnlyList<string> Search(string text, DocumentKind kind, int limit)
    {
        var parsed = new SimpleQueryParser(_analyzer, "text") { DefaultOperator = Occur.SHOULD }.Parse(text);
        var query = new BooleanQuery { { parsed, Occur.MUST }, { new TermQuery(new Term("kind", kind.ToSlug())), Occur.MUST } };
        return _searcher.Search(query, limit).ScoreDocs.Select(d => _searcher.Doc(d.Doc).Get("id")).ToList();
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }

    private static Document Doc(string id, DocumentKind kind, string text) =>
    [
        new StringField("id", id, Field.Store.YES),
        new StringField("kind", kind.ToSlug(), Field.Store.NO),
        new TextField("text", text, Field.Store.NO),
    ];
}
