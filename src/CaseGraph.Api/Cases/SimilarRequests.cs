using CaseGraph.Api.Search;
using Microsoft.AspNetCore.Mvc;

namespace CaseGraph.Api.Cases;

/// <summary><c>GET /api/cases/{id}/similar?limit=</c>.</summary>
public sealed record SimilarCasesRequest([FromRoute(Name = "id")] string Id, [FromQuery(Name = "limit")] int? Limit = null)
{
    public const int MaxSimilar = 50, DefaultSimilar = 10;

    public IReadOnlyDictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        FilterValidation.Range("limit", Limit, 1, MaxSimilar, errors);
        return errors;
    }
}
