using CaseGraph.Api.Hosting;
using CaseGraph.Api.Access;
using CaseGraph.Core.Access;
using CaseGraph.Api.Search;
using CaseGraph.Core.Concepts;
using CaseGraph.Core.Privacy;
using CaseGraph.Indexing.Pipeline;
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

public sealed record PhiFindingResponse(string Kind, int Start, int End);

public sealed record PhiScanResponse(IReadOnlyList<PhiFindingResponse> Findings);

/// <summary>The detector for the vocabulary the worker loaded last; rebuilt when that vocabulary changes.</summary>
public sealed class PhiDetectorProvider(IndexingStatus status)
{
    private (Vocabulary Vocabulary, PhiDetector Detector)? _current;

    public PhiDetector Detector
    {
        get
        {
            var current = _current;
            if (current is { } c && ReferenceEquals(c.Vocabulary, status.Vocabulary)) return c.Detector;
            var vocabulary = status.Vocabulary;
            _current = (vocabulary, PhiLexicons.Detector(vocabulary));
            return _current.Value.Detector;
        }
    }
}

public static class PhiEndpoints
{
    public static IEndpointRouteBuilder MapPhi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/phi").WithTags("Privacy").RequireAccess(AccessLevel.Clinical).MapPost("/scan", Scan).WithRequestCost(0, perKilobyte: 1).WithName("ScanForPhi")
            .WithSummary("Identifiers (Safe Harbor kinds) in a text, as kinds and character offsets; check a case before submitting it");
        return app;
    }

    private static Results<Ok<PhiScanResponse>, ValidationProblem> Scan(PhiScanRequest request, PhiDetectorProvider provider)
    {
        if (request.Validate() is { Count: > 0 } errors) return TypedResults.ValidationProblem(errors);
        var findings = provider.Detector.Scan(request.Text!).Select(f => new PhiFindingResponse(f.Kind.ToSlug(), f.Start, f.End)).ToList();
        return TypedResults.Ok(new PhiScanResponse(findings));
    }
}
