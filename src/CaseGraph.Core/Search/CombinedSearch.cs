using CaseGraph.Core.Concepts;
using CaseGraph.Core.Dosing;
using CaseGraph.Core.Graph;
using CaseGraph.Core.Model;

namespace CaseGraph.Core.Search;

/// <summary>What the query was understood to name: concepts found in it and the graph's expansions.</summary>
public sealed record QueryInterpretation(IReadOnlyList<string> Concepts, IReadOnlyList<string> Expanded);

/// <summary>Filters a search may carry besides its text.</summary>
public sealed record SearchFilters(DocumentKind? Kind = null, string? Topic = null, double? MinMme = null, double? MaxMme = null,
    string? Annotation = null, IReadOnlyDictionary<string, string>? FacetValues = null, string? PresentedFrom = null, string? PresentedTo = null);

public sealed record CombinedPage(IndexPage Page, QueryInterpretation Interpretation);

public sealed record SimilarCase(string CaseId, string Title, double Score, IReadOnlyList<string> SharedConceptIds,
    string? Snippet, IReadOnlyList<RecommendationRecord> Recommendations);

/// <summary>Similar cases to a new case's text, with what was found in that text.</summary>
public sealed record SimilarToText(Extraction Extraction, IReadOnlyList<SimilarCase> Similar);

/// <summary>
/// Combines the full-text index with the graph: concepts named in a query are matched exactly and
/// expanded through the graph (a class finds its members), weighted below the exact match. Reads one pinned view,
/// so a query is read with the vocabulary its index was built with.
/// </summary>
public sealed class CombinedSearch(ISearchView index, IGraphStore graph)
{
    private Vocabulary Vocabulary => index.Model.Vocabulary;

    // Weights relative to the BM25 text score, tuned on bench/quality (see README, Quality).
    public const float ExactConceptBoost = 8f;
    public const float ExpandedConceptBoost = 0.6f;
    public const float RecommendationConceptBoost = 2f;
    public const float CaseConceptBoost = 1f;

    public async Task<CombinedPage> SearchAsync(string text, QuerySyntax syntax, SearchFilters filters,
        int limit, int offset, CancellationToken ct)
    {
        var exact = Vocabulary.Matcher.Match(text).Select(m => m.ConceptId).Distinct().ToList();
        var expanded = exact.Count == 0 ? [] : await graph.GetNarrowerConceptsAsync(exact, ct);
        var query = new IndexQuery
        {
            Text = text,
            Syntax = syntax,
            ConceptBoosts = [.. exact.Select(id => new ConceptBoost(id, ExactConceptBoost)),
                .. expanded.Select(id => new ConceptBoost(id, ExpandedConceptBoost))],
            Kind = filters.Kind,
            Topic = filters.Topic,
            MinMme = filters.MinMme,
            MaxMme = filters.MaxMme,
            Annotation = filters.Annotation,
            FacetFilters = filters.FacetValues ?? new Dictionary<string, string>(),
            PresentedFrom = filters.PresentedFrom,
            PresentedTo = filters.PresentedTo,
            CountFacets = true,
            Limit = limit,
            Offset = offset,
        };
        return new CombinedPage(index.Search(query, ct), new QueryInterpretation(exact, expanded));
    }

    /// <summary>Recommendations naming a medication and/or condition (or anything below them in the graph).</summary>
    public async Task<CombinedPage> RecommendationsAsync(Concept? medication, Concept? condition, string? text,
        int limit, int offset, CancellationToken ct)
    {
        var groups = new List<IReadOnlyCollection<string>>();
        var named = new List<string>();
        var expandedAll = new List<string>();
        foreach (var concept in new[] { medication, condition }.OfType<Concept>())
        {
            var expanded = await graph.GetNarrowerConceptsAsync([concept.Id], ct);
            groups.Add([concept.Id, .. expanded]);
            named.Add(concept.Id);
            expandedAll.AddRange(expanded);
        }
        var query = new IndexQuery
        {
            Text = string.IsNullOrWhiteSpace(text) ? null : text,
            RequiredConceptGroups = groups,
            ConceptBoosts = [.. named.Select(id => new ConceptBoost(id, RecommendationConceptBoost)),
                .. expandedAll.Select(id => new ConceptBoost(id, ExpandedConceptBoost)),
                .. named.Select(id => new ConceptBoost(id, CaseConceptBoost, OnCase: true))],
            Kind = DocumentKind.Recommendation,
            Limit = limit,
            Offset = offset,
        };
        return new CombinedPage(index.Search(query, ct), new QueryInterpretation(named, expandedAll));
    }

    /// <summary>Guideline passages that address the concepts (and their narrower concepts) a recommendation search named.</summary>
    public IndexPage GuidelinesFor(QueryInterpretation interpretation, string? text, int limit, CancellationToken ct) => index.Search(new IndexQuery
    {
        Text = string.IsNullOrWhiteSpace(text) ? null : text,
        ConceptBoosts = [.. interpretation.Concepts.Select(id => new ConceptBoost(id, ExactConceptBoost)),
            .. interpretation.Expanded.Select(id => new ConceptBoost(id, ExpandedConceptBoost))],
        Kind = DocumentKind.Guideline,
        Limit = limit,
    }, ct);

    /// <summary>Similar cases to a stored case: text similarity and shared graph concepts, fused by reciprocal rank.</summary>
    public async Task<IReadOnlyList<SimilarCase>?> SimilarCasesAsync(string caseId, int limit, CancellationToken ct)
    {
        if (index.GetCase(caseId, ct) is not { } stored) return null;
        var lexical = index.MoreLikeThis(caseId, SimilarDepth, ct);
        var overlaps = await graph.FindCasesSharingConceptsAsync(caseId, SimilarDepth, ct);
        return Fuse(lexical, overlaps, limit, exclude: caseId, snippetQuery: stored.Record.Summary, ct);
    }

    /// <summary>Similar past cases to the text of a new case: its affirmed concepts (and MME band) against the graph, fused with text similarity.</summary>
    public async Task<SimilarToText> SimilarToTextAsync(string text, int limit, CancellationToken ct)
    {
        var extraction = new ConceptExtractor(Vocabulary).Extract(text);
        var concepts = extraction.Mentions.Where(m => m.IsAffirmed).Select(m => m.ConceptId).Distinct().ToList();
        var band = MmeCalculator.Band(extraction.TotalDailyMme);
        var compared = band == "none" ? concepts : [.. concepts, GraphFragments.MmeBandNodeId(band)];
        var keywords = index.Search(new IndexQuery { Text = QueryLimits.FirstWords(text, QueryLimits.TextTerms), MaxTerms = QueryLimits.TextTerms,
                Kind = DocumentKind.Case, Limit = SimilarDepth, Snippets = false }, ct).Hits
            .Select(h => new TextMatch(h.Id, h.Score)).ToList();
        var lexical = index.MoreLikeThisText(text, SimilarDepth, ct);
        var overlaps = compared.Count == 0 ? [] : await graph.FindCasesWithConceptsAsync(compared, SimilarDepth, ct);
        return new SimilarToText(extraction, Fuse(lexical, overlaps, limit, exclude: null, snippetQuery: text, ct, keywords));
    }

    private const int SimilarDepth = 50;
    public const double LexicalWeight = 1, ConceptOverlapWeight = 1;

    /// <param name="keywords">an optional second text ranking (BM25 of the new case's words)</param>
    /// <param name="snippetQuery">the text whose words are highlighted in each result's snippet</param>
    private List<SimilarCase> Fuse(IReadOnlyList<TextMatch> lexical, IReadOnlyList<ConceptOverlap> overlaps, int limit, string? exclude,
        string snippetQuery, CancellationToken ct, IReadOnlyList<TextMatch>? keywords = null)
    {
        var byConcepts = overlaps.ToDictionary(o => o.CaseId);
        var fused = RankFusion.Fuse([((IReadOnlyList<string>)lexical.Select(m => m.CaseId).ToList(), LexicalWeight),
            (overlaps.Select(o => o.CaseId).ToList(), ConceptOverlapWeight),
            ((keywords ?? []).Select(m => m.CaseId).ToList(), LexicalWeight)]);
        var top = fused.Where(f => f.Id != exclude).Take(limit).ToList();
        var scores = top.ToDictionary(f => f.Id, f => f.Score);
        return index.GetCasesWithSnippets(top.Select(f => f.Id).ToList(), snippetQuery, ct).Select(found =>
        {
            var id = found.Case.Record.Id;
            var shared = byConcepts.TryGetValue(id, out var o) ? o.SharedConceptIds : [];
            return new SimilarCase(id, found.Case.Record.Title, scores[id], shared, found.Snippet, found.Case.Record.Recommendations);
        }).ToList();
    }
}
