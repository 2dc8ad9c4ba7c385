using CaseGraph.Core.Model;

namespace CaseGraph.Core.Search;

/// <summary>The full-text side of CaseGraph (Lucene). Read-only: the worker owns writing.</summary>
public interface ISearchIndex
{
    /// <summary>The last committed index together with the model it was built with, held until disposed: every read of
    /// one request goes through one view, so it never mixes two commits or a commit with another's vocabulary.</summary>
    ISearchView Pin();
}

/// <summary>One committed index and its <see cref="SearchModel"/>. Every read takes the caller's token.</summary>
public interface ISearchView : IDisposable
{
    SearchModel Model { get; }

    IndexPage Search(IndexQuery query, CancellationToken ct);

    /// <summary>The ids of every document the query's filters admit (its text and boosts are ignored): a filter for the ranking by meaning.</summary>
    IReadOnlySet<string> MatchingIds(IndexQuery query, CancellationToken ct);

    StoredCase? GetCase(string caseId, CancellationToken ct);

    /// <summary>A guideline passage with its citation, or null when there is none of that id.</summary>
    GuidelinePassage? GetPassage(string passageId, CancellationToken ct);

    /// <summary>Cases whose text is most like this case's summary and questions, best first, itself excluded.</summary>
    IReadOnlyList<TextMatch> MoreLikeThis(string caseId, int limit, CancellationToken ct);

    /// <summary>Cases ranked by the concepts (and MME band nodes) they share with the given ones, as the graph's case-concept
    /// links rank them (<see cref="Graph.ConceptOverlapScoring"/>), from this commit's postings in memory; the excluded case is
    /// left out of the answer. Null when the view cannot tell (the graph store is asked instead).</summary>
    IReadOnlyList<Graph.ConceptOverlap>? CasesByConcepts(IReadOnlyCollection<string> conceptIds, string? excludedCaseId, int limit, CancellationToken ct) => null;

    /// <summary>Cases whose text is most like the given text, best first.</summary>
    IReadOnlyList<TextMatch> MoreLikeThisText(string text, int limit, CancellationToken ct);

    /// <summary>Per presentation month, the cases matching the query (kind is set to case) and how many carry each topic.</summary>
    IReadOnlyList<MonthCounts> MonthlyTopicCounts(IndexQuery query, CancellationToken ct);

    /// <summary>The text (summary, questions, medications) of the most recently presented cases, newest first.</summary>
    IReadOnlyList<string> RecentCaseTexts(int limit, CancellationToken ct);

    /// <summary>These cases (those that exist, in the given order), each with the passage of its text that best matches the query's words.</summary>
    IReadOnlyList<(StoredCase Case, string Snippet)> GetCasesWithSnippets(IReadOnlyList<string> caseIds, string queryText, CancellationToken ct);

    /// <summary>Concept id -> how many documents name it, in this commit (a view that cannot tell knows none).</summary>
    IReadOnlyDictionary<string, int> ConceptDocumentCounts(CancellationToken ct) => new Dictionary<string, int>();

    /// <summary>Whether some document holds the word in its title or text, as the index analyses words (a word the
    /// analyser drops counts as held; a view that cannot tell says held).</summary>
    bool HoldsWord(string word, CancellationToken ct) => true;

    /// <summary>Words of the index within <paramref name="maxEdits"/> of the word as analysed (same first letter), each
    /// with its document frequency; a bounded walk of the term dictionary.</summary>
    IReadOnlyList<IndexWord> NearWords(string word, int maxEdits, CancellationToken ct) => [];
}

/// <summary>A case found by text similarity.</summary>
public sealed record TextMatch(string CaseId, float Score);
