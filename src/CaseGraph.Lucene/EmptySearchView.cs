using CaseGraph.Core.Search;

namespace CaseGraph.Lucene;

/// <summary>The view before any index exists: every read finds nothing.</summary>
internal sealed class EmptySearchView(Action? release) : ISearchView
{
    public SearchModel Model => SearchModel.Empty;
    public IndexPage Search(IndexQuery query, CancellationToken ct) => new(0, []);
    public IReadOnlySet<string> MatchingIds(IndexQuery query, CancellationToken ct) => new HashSet<string>();
    public StoredCase? GetCase(string caseId, CancellationToken ct) => null;
    public Core.Model.GuidelinePassage? GetPassage(string passageId, CancellationToken ct) => null;
    public IReadOnlyList<TextMatch> MoreLikeThis(string caseId, int limit, CancellationToken ct) => [];
    public IReadOnlyList<TextMatch> MoreLikeThisText(string text, int limit, CancellationToken ct) => [];
    public IReadOnlyList<MonthCounts> MonthlyTopicCounts(IndexQuery query, CancellationToken ct) => [];
    public IReadOnlyList<string> RecentCaseTexts(int limit, CancellationToken ct) => [];
    public IReadOnlyList<(StoredCase Case, string Snippet)> GetCasesWithSnippets(IReadOnlyList<string> caseIds, string queryText, CancellationToken ct) => [];
    public void Dispose() => Interlocked.Exchange(ref release, null)?.Invoke();
}
