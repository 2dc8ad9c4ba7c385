using CaseGraph.Api.Hosting;
using CaseGraph.Api.Access;
using CaseGraph.Core.Access;
using CaseGraph.Api.Search;
using CaseGraph.Core.Privacy;
using CaseGraph.Lucene;
using CaseGraph.Indexing.Hosting;
using CaseGraph.Indexing.Privacy;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseGraph.Api.Privacy;

public sealed record PhiScanRequest(string? Text)
{
    /// <summary>A blank text is allowed (it has no findings).</summary>
    public IReadOnlyDictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        FilterValidation.Text(Text, errors, allowBlank: true);
        return errors;
    }
}

/// <summary>An identifier's kind, offsets and how sure the screen is (0-1); the gate holds records for findings at or above its threshold.</summary>
public sealed record PhiFindingResponse(string Kind, int Start, int End, double Confidence);

public sealed record PhiScanResponse(IReadOnlyList<PhiFindingResponse> Findings);

/// <summary>The detector for the vocabulary of the last commit the searcher picked up; rebuilt when that vocabulary
/// changes. Callers that ask while it is being built (the warm-up, an early scan) wait for that one build.</summary>
public sealed class PhiDetectorProvider(LuceneSearchIndex index, ScreenOptions screen)
{
    private readonly BuiltOncePerKey<PhiDetector> _detector = new();

    public PhiDetector Detector
    {
        get
        {
            var model = index.Model;
            return _detector.Get(model.VocabularyFingerprint, () => PhiLexicons.Detector(model.Vocabulary, screen.Threshold));
        }
    }
}

public static class PhiEndpoints
{
    public static IEndpointRouteBuilder MapPhi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/phi").WithTags("Privacy").RequireAccess(AccessLevel.Clinical).RequiresIndex().MapPost("/scan", Scan).WithRequestCost(0, perKilobyte: 1).WithName("ScanForPhi")
            .WithSummary("Identifiers (Safe Harbor kinds) in a text, as kinds and character offsets; check a case before submitting it");
        return app;
    }

    private static Results<Ok<PhiScanResponse>, ValidationProblem> Scan(PhiScanRequest request, PhiDetectorProvider provider)
    {
        if (request.Validate() is { Count: > 0 } errors) return TypedResults.ValidationProblem(errors);
        var findings = provider.Detector.Scan(request.Text!).Select(f => new PhiFindingResponse(f.Kind.ToSlug(), f.Start, f.End, f.Confidence)).ToList();
        return TypedResults.Ok(new PhiScanResponse(findings));
    }
}
