using CaseGraph.Core.Concepts;
using CaseGraph.Core.Dosing;
using CaseGraph.Core.Graph;
using CaseGraph.Core.Model;
using CaseGraph.Core.Semantic;

namespace CaseGraph.Core.Search;

/// <summary>What the query was understood to name: concepts found in it (and interventions read from it, <see cref="QueryReader"/>)
/// and the graph's expansions; the daily MME it names, whose band ranks first.</summary>
public sealed record QueryInterpretation(IReadOnlyList<string> Concepts, IReadOnlyList<string> Expanded)
{
    public MmeInQuery? Mme { get; init; }
}

/// <summary>Filters a search may carry besides its text.</summary>
public sealed record SearchFilters(DocumentKind? Kind = null, string? Topic = null, double? MinMme = null, double? MaxMme = null,
    string? Annotation = null, IReadOnlyDictionary<string, string>? FacetValues = null, string? PresentedFrom = null, string? PresentedTo = null);

/// <summary>Whether the ranking by meaning took part in an answer, and how much of the archive its vectors covered.</summary>
public sealed record MeaningUse(bool Used, SemanticCoverage Coverage)
{
    public static MeaningUse NotUsed { get; } = new(false, SemanticCoverage.None);

    /// <summary>The ranking by meaning saw only part of the archive (embeddings are still filling in behind the index).</summary>
    public bool Partial => Used && !Coverage.IsComplete;
}

public sealed record CombinedPage(IndexPage Page, QueryInterpretation Interpretation)
{
    public MeaningUse Meaning { get; init; } = MeaningUse.NotUsed;

    /// <summary>"Did you mean": set when a word of a simple query is held by no document and has a close correction.</summary>
    public SpellingSuggestion? Spelling { get; init; }
}

public sealed record SimilarCase(string CaseId, string Title, double Score, IReadOnlyList<string> SharedConceptIds,
    string? Snippet, IReadOnlyList<RecommendationRecord> Recommendations)
{
    public MeaningMatch? Meaning { get; init; }
}

/// <summary>Similar cases to a stored case.</summary>
public sealed record SimilarCases(IReadOnlyList<SimilarCase> Cases, MeaningUse Meaning);

/// <summary>Similar cases to a new case's text, with what was found in that text.</summary>
public sealed record SimilarToText(Extraction Extraction, IReadOnlyList<SimilarCase> Similar)
{
    public MeaningUse Meaning { get; init; } = MeaningUse.NotUsed;
}

/// <summary>
/// Combines the full-text index with the graph and with meaning: concepts named in a query are matched exactly and
/// expanded through the graph (a class finds its members), weighted below the exact match; where vectors exist, the
/// items closest in meaning to the question are fused with that ranking (<see cref="HybridFusion"/>). Reads one pinned
/// view of each, so a query is read with the vocabulary its index was built with and never a newer run's vectors.
/// </summary>
/// <param name="fusion">the fusion weights per kind (<see cref="HybridFusion.Default"/>; the quality harness tries others)</param>
public sealed class CombinedSearch(ISearchView index, IGraphStore graph, ISemanticView? semantic = null, FusionPolicy? fusion = null)
{
    private readonly ISemanticView _meaning = semantic ?? NoSemanticView.Instance;
    private readonly FusionPolicy _fusion = fusion ?? HybridFusion.Default;

    /// <summary>How deep each ranking is read before fusion (at least the page asked for).</summary>
    public const int FusionDepth = 50;

    private Vocabulary Vocabulary => index.Model.Vocabulary;

    // Weights relative to the BM25 text score, tuned on bench/quality (see docs/measurements.md, Quality commands).
    public const float ExactConceptBoost = 8f;
    public const float ExpandedConceptBoost = 0.6f;
    public const float RecommendationConceptBoost = 2f;
    public const float CaseConceptBoost = 1f;
    /// <summary>The weight of the MME band a query names (<see cref="MmeInQuery"/>): ranks, never filters.</summary>
    public const float MmeBandBoost = 1f;

    /// <param name="sort">by date: newest first over what the words and filters match (meaning does not reorder or add to it)</param>
    /// <param name="snippets">highlight a snippet per hit (an export that shows no text need not)</param>
    public async Task<CombinedPage> SearchAsync(string text, QuerySyntax syntax, SearchFilters filters,
        int limit, int offset, CancellationToken ct, SearchSort sort = SearchSort.Relevance, bool snippets = true)
    {
        var reading = QueryReader.Read(text, Vocabulary);
        var exact = reading.AllConcepts.Distinct().ToList();
        var expanded = exact.Count == 0 ? [] : await graph.GetNarrowerConceptsAsync(exact, ct);
        var query = new IndexQuery
        {
            Text = text,
            Syntax = syntax,
            ConceptBoosts = [.. exact.Select(id => new ConceptBoost(id, ExactConceptBoost)),
                .. expanded.Select(id => new ConceptBoost(id, ExpandedConceptBoost))],
            MmeBandBoost = reading.Mme is { } mme ? new MmeBandBoost(mme.Band, MmeBandBoost) : null,
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
            NewestFirst = sort == SearchSort.Date,
            Snippets = snippets,
        };
        var interpretation = new QueryInterpretation(exact, expanded) { Mme = reading.Mme };
        var spelling = syntax == QuerySyntax.Simple && offset == 0 ? SpellingSuggester.Suggest(index, text, ct) : null;
        if (sort == SearchSort.Date || syntax != QuerySyntax.Simple || string.IsNullOrWhiteSpace(text) || _meaning.Coverage.Embedded == 0)
            return new CombinedPage(index.Search(query, ct), interpretation) { Spelling = spelling };
        return Hybrid(query, text, HasFiltersBeyondKind(query), ct) with { Interpretation = interpretation, Spelling = spelling };
    }

    private static bool HasFiltersBeyondKind(IndexQuery q) => q.Topic is not null || q.MinMme is not null || q.MaxMme is not null
        || q.Annotation is not null || q.FacetFilters.Count > 0 || q.PresentedFrom is not null || q.PresentedTo is not null
        || q.RequiredConceptGroups.Count > 0;

    /// <summary>
    /// The lexical ranking and the ranking by meaning of one question, fused, then the page read back with snippets.
    /// Filters reach the ranking by meaning as the set of ids they admit; facet counts stay the lexical match's.
    /// The first <see cref="FusionDepth"/> of each ranking are fused and the lexical ranking continues below them, so
    /// every page of one question is cut from the same list: the total stays the same and no hit comes twice.
    /// </summary>
    private CombinedPage Hybrid(IndexQuery query, string question, bool filtered, CancellationToken ct)
    {
        var lexical = index.Search(query with { Limit = Math.Max(FusionDepth, query.Offset + query.Limit), Offset = 0, Snippets = false }, ct);
        var allowed = filtered ? index.MatchingIds(query, ct) : null;
        var meaning = _meaning.Search(question, query.Kind, allowed, FusionDepth, ct);
        var fused = HybridFusion.Fuse([.. lexical.Hits.Take(FusionDepth).Select(h => h.Id)], meaning, _fusion(query.Kind));
        var page = HybridFusion.Continue(fused, [.. lexical.Hits.Skip(FusionDepth).Select(h => h.Id)]).Skip(query.Offset).Take(query.Limit).ToList();
        var read = page.Count == 0 ? [] : index.Search(query with { OnlyIds = [.. page.Select(f => f.Id)], Limit = page.Count, Offset = 0, CountFacets = false }, ct)
            .Hits.ToDictionary(h => h.Id, StringComparer.Ordinal);
        var hits = page.Where(f => read.ContainsKey(f.Id)).Select(f =>
        {
            var hit = read[f.Id];
            return hit with { Score = (float)f.Score, Meaning = f.Meaning is { } m ? MeaningOf(m, hit.Kind, hit.Title, hit.StoredText, question) : null };
        }).ToList();
        var onlyByMeaning = fused.Count(f => f.LexicalRank is null);
        return new CombinedPage(new IndexPage(lexical.Total + onlyByMeaning, hits) { Facets = lexical.Facets }, new QueryInterpretation([], []))
        {
            Meaning = new MeaningUse(true, _meaning.Coverage),
        };
    }

    private static MeaningMatch MeaningOf(SemanticHit hit, DocumentKind kind, string title, string storedText, string question) =>
        new(hit.Score, MeaningSentence.Pick(SemanticText.Of(kind, title, storedText), hit.Chunk, question));

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
        var interpretation = new QueryInterpretation(named, expandedAll);
        var question = Question(text, medication, condition);
        if (question is null || _meaning.Coverage.Embedded == 0) return new CombinedPage(index.Search(query, ct), interpretation);
        return Hybrid(query, question, filtered: groups.Count > 0, ct) with { Interpretation = interpretation };
    }

    /// <summary>What a recommendation search asks, in words, for the ranking by meaning: the concepts' names and the text.</summary>
    private static string? Question(string? text, params Concept?[] concepts)
    {
        var words = string.Join(" ", [.. concepts.OfType<Concept>().Select(c => c.Name), .. string.IsNullOrWhiteSpace(text) ? [] : new[] { text }]);
        return words.Length == 0 ? null : words;
    }

    /// <summary>Guideline passages that address the concepts (and their narrower concepts) a recommendation search named.</summary>
    public IndexPage GuidelinesFor(QueryInterpretation interpretation, string? text, int limit, CancellationToken ct)
    {
        var query = new IndexQuery
        {
            Text = string.IsNullOrWhiteSpace(text) ? null : text,
            ConceptBoosts = [.. interpretation.Concepts.Select(id => new ConceptBoost(id, ExactConceptBoost)),
                .. interpretation.Expanded.Select(id => new ConceptBoost(id, ExpandedConceptBoost))],
            Kind = DocumentKind.Guideline,
            Limit = limit,
        };
        var question = Question(text, [.. interpretation.Concepts.Select(Vocabulary.Find)]);
        return question is null || _meaning.Coverage.Embedded == 0 ? index.Search(query, ct) : Hybrid(query, question, filtered: false, ct).Page;
    }

    /// <summary>Similar cases to a stored case: text similarity, shared graph concepts and closeness in meaning, fused by reciprocal rank.</summary>
    public async Task<SimilarCases?> SimilarCasesAsync(string caseId, int limit, CancellationToken ct)
    {
        if (index.GetCase(caseId, ct) is not { } stored) return null;
        var lexical = index.MoreLikeThis(caseId, SimilarDepth, ct);
        var overlaps = index.CasesByConcepts(GraphFragments.CaseConceptNodes(stored.ConceptIds, stored.DailyMme), caseId, SimilarDepth, ct)
            ?? await graph.FindCasesSharingConceptsAsync(caseId, SimilarDepth, ct);
        var meaning = _meaning.SimilarTo(caseId, DocumentKind.Case, SimilarDepth, ct);
        return new SimilarCases(Fuse(lexical, overlaps, meaning, limit, exclude: caseId, question: stored.Record.Summary, ct),
            new MeaningUse(meaning.Count > 0, _meaning.Coverage));
    }

    /// <summary>Similar past cases to the text of a new case: its affirmed concepts (and MME band) against the graph, fused with text
    /// similarity and closeness in meaning.</summary>
    public async Task<SimilarToText> SimilarToTextAsync(string text, int limit, CancellationToken ct)
    {
        var extraction = new ConceptExtractor(Vocabulary).Extract(text);
        var concepts = extraction.Mentions.Where(m => m.IsAffirmed).Select(m => m.ConceptId).Distinct().ToList();
        var compared = GraphFragments.CaseConceptNodes(concepts, extraction.TotalDailyMme);
        var keywords = index.Search(new IndexQuery { Text = QueryLimits.FirstWords(text, QueryLimits.TextTerms), MaxTerms = QueryLimits.TextTerms,
                Kind = DocumentKind.Case, Limit = SimilarDepth, Snippets = false }, ct).Hits
            .Select(h => new TextMatch(h.Id, h.Score)).ToList();
        var lexical = index.MoreLikeThisText(text, SimilarDepth, ct);
        var overlaps = compared.Count == 0 ? [] : index.CasesByConcepts(compared, null, SimilarDepth, ct)
            ?? await graph.FindCasesWithConceptsAsync(compared, SimilarDepth, ct);
        var meaning = _meaning.Coverage.Embedded == 0 ? [] : _meaning.Search(text, DocumentKind.Case, null, SimilarDepth, ct);
        return new SimilarToText(extraction, Fuse(lexical, overlaps, meaning, limit, exclude: null, question: text, ct, keywords))
        {
            Meaning = new MeaningUse(meaning.Count > 0, _meaning.Coverage),
        };
    }

    private const int SimilarDepth = 50;

    /// <param name="keywords">an optional second text ranking (BM25 of the new case's words)</param>
    /// <param name="question">the text whose words are highlighted in each result's snippet</param>
    private List<SimilarCase> Fuse(IReadOnlyList<TextMatch> lexical, IReadOnlyList<ConceptOverlap> overlaps, IReadOnlyList<SemanticHit> meaning,
        int limit, string? exclude, string question, CancellationToken ct, IReadOnlyList<TextMatch>? keywords = null)
    {
        var byConcepts = overlaps.ToDictionary(o => o.CaseId);
        var byMeaning = meaning.ToDictionary(m => m.Id, StringComparer.Ordinal);
        var weights = _fusion(DocumentKind.Case);
        var fused = RankFusion.Fuse([((IReadOnlyList<string>)lexical.Select(m => m.CaseId).ToList(), weights.Lexical),
            (overlaps.Select(o => o.CaseId).ToList(), weights.Concepts),
            ((keywords ?? []).Select(m => m.CaseId).ToList(), weights.Lexical),
            (meaning.Select(m => m.Id).ToList(), weights.Meaning)], weights.K);
        var top = fused.Where(f => f.Id != exclude).Take(limit).ToList();
        var scores = top.ToDictionary(f => f.Id, f => f.Score);
        return index.GetCasesWithSnippets(top.Select(f => f.Id).ToList(), question, ct).Select(found =>
        {
            var record = found.Case.Record;
            var shared = byConcepts.TryGetValue(record.Id, out var o) ? o.SharedConceptIds : [];
            return new SimilarCase(record.Id, record.Title, scores[record.Id], shared, found.Snippet, record.Recommendations)
            {
                Meaning = byMeaning.TryGetValue(record.Id, out var m) ? MeaningOf(m, DocumentKind.Case, record.Title, record.SearchText, question) : null,
            };
        }).ToList();
    }
}
