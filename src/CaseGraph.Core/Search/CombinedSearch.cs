using CaseGraph.Core.Concepts;
using CaseGraph.Core.Graph;
using CaseGraph.Core.Model;

namespace CaseGraph.Core.Search;

/// <summary>What the query was understood to name: concepts found in it and the graph's expansions.</summary>
public sealed record QueryInterpretation(IReadOnlyList<string> Concepts, IReadOnlyList<string> Expanded);

/// <summary>Filters a search may carry besides its text.</summary>
public sealed record SearchFilters(DocumentKind? Kind = null, string? Topic = null, double? MinMme = null, double? MaxMme = null,
    string? Annotation = null);

public sealed record CombinedPage(IndexPage Page, QueryInterpretation Interpretation);

public sealed record SimilarCase(string CaseId, string Title, double Score, IReadOnlyList<string> SharedConceptIds,
    IReadOnlyList<RecommendationRecord> Recommendations);

/// <summary>
/// Combines the full-text index with the graph: concepts named in a query are matched exactly and
/// expanded through the graph (a class finds its members), weighted below the exact match.
/// </summary>
public sealed class CombinedSearch(ISearchIndex index, IGraphStore graph, Func<Vocabulary> vocabulary)
{
    public const float ExactConceptBoost = 2f;
    public const float ExpandedConceptBoost = 0.6f;

    public async Task<CombinedPage> SearchAsync(string text, QuerySyntax syntax, SearchFilters filters,
        int limit, int offset, CancellationToken ct)
    {
        var exact = vocabulary().Matcher.Match(text).Select(m => m.ConceptId).Distinct().ToList();
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
            ConceptBoosts = named.Select(id => new ConceptBoost(id, ExactConceptBoost)).ToList(),
            Kind = DocumentKind.Recommendation,
            Limit = limit,
            Offset = offset,
        };
        return new CombinedPage(index.Search(query, ct), new QueryInterpretation(named, expandedAll));
    }

    /// <summary>Similar cases: text similarity and shared graph concepts, fused by reciprocal rank.</summary>
    public async Task<IReadOnlyList<SimilarCase>?> SimilarCasesAsync(string caseId, int limit, CancellationToken ct)
    {
        if (index.GetCase(caseId) is null) return null;
        const int depth = 50;
        var lexical = index.MoreLikeThis(caseId, depth, ct).Select(h => h.CaseId).ToList();
        var overlaps = (await graph.FindCasesSharingConceptsAsync(caseId, depth, ct)).ToDictionary(o => o.CaseId);
        var fused = RankFusion.Fuse([lexical, overlaps.Keys.ToList()]);
        var results = new List<SimilarCase>();
        foreach (var (id, score) in fused.Where(f => f.Id != caseId).Take(limit))
        {
            if (index.GetCase(id) is not { } stored) continue;
            var shared = overlaps.TryGetValue(id, out var o) ? o.SharedConceptIds : [];
            results.Add(new SimilarCase(id, stored.Record.Title, score, shared, stored.Record.Recommendations));
        }
        return results;
    }
}
