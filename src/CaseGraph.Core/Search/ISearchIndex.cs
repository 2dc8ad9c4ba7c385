namespace CaseGraph.Core.Search;

/// <summary>The full-text side of CaseGraph (Lucene). Read-only: the worker owns writing.</summary>
public interface ISearchIndex
{
    IndexPage Search(IndexQuery query, CancellationToken ct);

    StoredCase? GetCase(string caseId);

    /// <summary>Cases whose text is most like this case's summary and questions, best first, itself excluded.</summary>
    IReadOnlyList<TextMatch> MoreLikeThis(string caseId, int limit, CancellationToken ct);

    /// <summary>Cases whose text is most like the given text, best first.</summary>
    IReadOnlyList<TextMatch> MoreLikeThisText(string text, int limit, CancellationToken ct);
}

/// <summary>A case found by text similarity, with the passage of its text that matched, highlighted.</summary>
public sealed record TextMatch(string CaseId, float Score, string Snippet);
