using System.Security.Claims;
using CaseGraph.Api.Auditing;
using CaseGraph.Api.Contracts;
using CaseGraph.Core.Access;
using CaseGraph.Core.Model;

namespace CaseGraph.Api.Access;

/// <summary>
/// A case's own text (its summary) is for faculty: for any other role, case hits and similar cases come without a
/// snippet (nor the sentence that matched in meaning), so that many one-word searches cannot rebuild a summary piece by piece. Recommendations and guideline
/// passages keep theirs; titles, concepts and the reasons for a match stay.
/// </summary>
internal sealed class CaseTextRedaction : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        if (context.HttpContext.User.IsInRole(Role.Faculty.ToSlug())) return result;
        return ReturnedRecordsFilter.ResponseValue(result) switch
        {
            SearchResponse s => TypedResults.Ok(s with { Hits = WithoutCaseText(s.Hits) }),
            RecommendationsResponse r => TypedResults.Ok(r with { Hits = WithoutCaseText(r.Hits), Guidelines = WithoutCaseText(r.Guidelines) }),
            SimilarCasesResponse s => TypedResults.Ok(s with { Similar = WithoutCaseText(s.Similar) }),
            SimilarToTextResponse s => TypedResults.Ok(s with { Similar = WithoutCaseText(s.Similar) }),
            _ => result,
        };
    }

    private static List<SearchHitResponse> WithoutCaseText(IEnumerable<SearchHitResponse> hits) =>
        hits.Select(h => h.Kind == DocumentKind.Case.ToSlug() ? h with { Snippet = "", Meaning = h.Meaning is { } m ? m with { Sentence = null } : null } : h).ToList();

    private static List<SimilarCaseResponse> WithoutCaseText(IEnumerable<SimilarCaseResponse> similar) =>
        similar.Select(s => s with { Snippet = null, Meaning = s.Meaning is { } m ? m with { Sentence = null } : null }).ToList();
}
