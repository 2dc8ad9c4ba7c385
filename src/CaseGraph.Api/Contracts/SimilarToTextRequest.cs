using CaseGraph.Api.Cases;
using CaseGraph.Api.Search;

namespace CaseGraph.Api.Contracts;

/// <summary>The body of <c>POST /api/cases/similar</c>: the text of a case about to be presented.</summary>
public sealed record SimilarToTextRequest(string? Text, int? Limit)
{
    public IReadOnlyDictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        FilterValidation.Text(Text, errors, "text is required: the case as it will be presented");
        FilterValidation.Range("limit", Limit, 1, SimilarCasesRequest.MaxSimilar, errors);
        return errors;
    }
}
