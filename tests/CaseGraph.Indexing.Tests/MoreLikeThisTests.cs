using CaseGraph.Core.Model;
using CaseGraph.Core.Search;
using CaseGraph.Lucene;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace CaseGraph.Indexing.Tests;

/// <summary>The view's MoreLikeThis of a stored case reads only the case's text, and must rank as Lucene's Like(doc) over the
/// whole stored document does, on an index of several segments with deleted documents.</summary>
public sealed class MoreLikeThisTests(SegmentSearchTests.TwoRuns runs) : IClassFixture<SegmentSearchTests.TwoRuns>
{
    [Fact]
    public void A_stored_case_is_like_the_same_cases_as_lucenes_like_of_its_document()
    {
        using var index = LuceneSearchIndex.OpenPinned(runs.Paths.Lucene);
        using var directory = FSDirectory.Open(runs.Paths.Lucene);
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        var mlt = new MoreLikeThis(reader)
        {
            Analyzer = LuceneFields.CreateAnalyzer(DrugWords.From(index.Model.Vocabulary)),
            FieldNames = [LuceneFields.Text], MinTermFreq = 1, MinDocFreq = 2, MaxQueryTerms = 30,
        };
        var caseIds = index.MatchingIds(new IndexQuery { Kind = DocumentKind.Case }, CancellationToken.None).Order(StringComparer.Ordinal).Take(60);

        foreach (var caseId in caseIds)
        {
            var doc = searcher.Search(new BooleanQuery
            {
                { new TermQuery(new Term(LuceneFields.Id, caseId)), Occur.MUST },
                { new TermQuery(new Term(LuceneFields.Kind, "case")), Occur.MUST },
            }, 1).ScoreDocs[0].Doc;
            var query = new BooleanQuery
            {
                { mlt.Like(doc), Occur.MUST },
                { new TermQuery(new Term(LuceneFields.Kind, "case")), Occur.MUST },
                { new TermQuery(new Term(LuceneFields.Id, caseId)), Occur.MUST_NOT },
            };
            var expected = searcher.Search(query, 20).ScoreDocs.Select(d => searcher.Doc(d.Doc).Get(LuceneFields.Id));

            var actual = index.MoreLikeThis(caseId, 20, CancellationToken.None).Select(m => m.CaseId);

            Assert.Equal(expected, actual);
            // ...and its query is the shape the pruned search takes, so it never scores every posting of its words.
            Assert.NotNull(TermDisjunction.TryRead(searcher.Rewrite(new FilteredQuery(mlt.Like(doc), QueryFactory.KindFilter(DocumentKind.Case)))));
        }
    }
}
