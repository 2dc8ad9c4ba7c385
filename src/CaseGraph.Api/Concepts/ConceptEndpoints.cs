using CaseGraph.Api.Hosting;
using CaseGraph.Api.Access;
using CaseGraph.Core.Access;
using CaseGraph.Api.Search;
using CaseGraph.Core.Concepts;
using CaseGraph.Core.Model;
using CaseGraph.Core.Search;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CaseGraph.Api.Concepts;

public sealed record ExtractRequest(string? Text)
{
    public IReadOnlyDictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        FilterValidation.Text(Text, errors);
        return errors;
    }
}

/// <summary>The query string of <c>GET /api/concepts</c>: the start of a term, and how many concepts to suggest.</summary>
public sealed record ConceptSuggestRequest([FromQuery(Name = "q")] string? Q = null, [FromQuery(Name = "limit")] int? Limit = null)
{
    public const int MaxSuggestions = 50, DefaultSuggestions = 10;

    public IReadOnlyDictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        FilterValidation.Query(Q, errors, required: true);
        FilterValidation.Range("limit", Limit, 1, MaxSuggestions, errors);
        return errors;
    }
}

public sealed record ExtractedMentionResponse(string Id, string Name, string Kind, int Start, int End, string Text, string Context, string? Trigger);

public sealed record ExtractedDoseResponse(string Id, string Text, double Dose, string Unit, string? Frequency, double? DosesPerDay,
    double? DailyMme, string? MmeNote, string Context);

public sealed record ExtractResponse(IReadOnlyList<ExtractedMentionResponse> Concepts, IReadOnlyList<ExtractedDoseResponse> Doses,
    double? TotalDailyMme, string MmeBand);

/// <param name="Label">what to show: the preferred name, or a brand with its generic ("Percocet (oxycodone-acetaminophen)"); never slang</param>
/// <param name="Weight">documents naming the concept or a concept below it, in the index this answer read (the ranking's weight)</param>
public sealed record ConceptSuggestion(string Id, string Name, string Kind, string MatchedTerm, IReadOnlyList<string> Synonyms, string Label, int Weight);

public static class ConceptEndpoints
{
    public static IEndpointRouteBuilder MapConcepts(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/concepts").WithTags("Concepts").RequireAccess(AccessLevel.AnyRole).RequiresIndex();
        group.MapPost("/extract", Extract).WithRequestCost(0, perKilobyte: 1).WithName("ExtractConcepts")
            .WithSummary("Concepts in a text with spans, context (negated, historical, hypothetical, other person) and triggers; doses and daily MME");
        group.MapGet("/", Suggest).WithName("SuggestConcepts")
            .WithSummary("Normalise a term: concepts whose name, brand or abbreviation starts with q (for autocomplete)")
            .WithDescription("Best first: an exact term, then preferred names, brands, other synonyms starting with q, then later words; " +
                "within each, the concept most documents of the index name (with the concepts below it: `weight`).");
        return app;
    }

    private static Results<Ok<ExtractResponse>, ValidationProblem> Extract(ExtractRequest request, SearchModel model)
    {
        if (request.Validate() is { Count: > 0 } errors) return TypedResults.ValidationProblem(errors);

        var text = request.Text!;
        var vocabulary = model.Vocabulary;
        var extraction = new ConceptExtractor(vocabulary).Extract(text);
        var concepts = extraction.Mentions.Select(m => vocabulary.Find(m.ConceptId) is { } c
            ? new ExtractedMentionResponse(c.Id, c.Name, c.Kind.ToSlug(), m.Start, m.End, m.Text, m.Context.ToSlug(), m.Trigger)
            : null).OfType<ExtractedMentionResponse>().ToList();
        var doses = extraction.Doses.Select(d => new ExtractedDoseResponse(d.Mention.ConceptId, text[d.Mention.Start..d.Parsed.End],
            d.Parsed.Dose, d.Parsed.Unit, d.Parsed.Frequency, d.Regimen.DosesPerDay, d.Regimen.DailyMme, d.Regimen.MmeNote,
            d.Mention.Context.ToSlug())).ToList();
        var total = extraction.TotalDailyMme;
        return TypedResults.Ok(new ExtractResponse(concepts, doses, total, Core.Dosing.MmeCalculator.Band(total)));
    }

    private static Results<Ok<IReadOnlyList<ConceptSuggestion>>, ValidationProblem> Suggest([AsParameters] ConceptSuggestRequest request,
        ISearchView index, CancellationToken ct)
    {
        if (request.Validate() is { Count: > 0 } errors) return TypedResults.ValidationProblem(errors);

        var vocabulary = index.Model.Vocabulary;
        var weights = ConceptLabels.WithNarrower(vocabulary, index.ConceptDocumentCounts(ct));
        IReadOnlyList<ConceptSuggestion> suggestions = vocabulary.Suggest(request.Q!, request.Limit ?? ConceptSuggestRequest.DefaultSuggestions, weights)
            .Select(s => new ConceptSuggestion(s.Concept.Id, s.Concept.Name, s.Concept.Kind.ToSlug(), s.Term, s.Concept.Synonyms, s.Label,
                weights.GetValueOrDefault(s.Concept.Id)))
            .ToList();
        return TypedResults.Ok(suggestions);
    }
}
