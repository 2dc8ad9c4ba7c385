using CaseGraph.Api.Search;
using CaseGraph.Core.Concepts;
using CaseGraph.Core.Model;
using Microsoft.AspNetCore.Mvc;

namespace CaseGraph.Api.Recommendations;

/// <summary>The query string of <c>GET /api/recommendations</c>: a medication (or class), a condition and/or text.</summary>
public sealed record RecommendationsRequest(
    [FromQuery(Name = "medication")] string? Medication = null,
    [FromQuery(Name = "condition")] string? Condition = null,
    [FromQuery(Name = "q")] string? Q = null,
    [FromQuery(Name = "limit")] int? Limit = null,
    [FromQuery(Name = "offset")] int? Offset = null)
{
    private static readonly ConceptKind[] MedicationKinds = [ConceptKind.Medication, ConceptKind.DrugClass];

    public IReadOnlyDictionary<string, string[]> Validate(Vocabulary vocabulary)
    {
        var errors = new Dictionary<string, string[]>();
        Paging.Validate(Limit, Offset, errors);
        Concepts(vocabulary, errors);
        if (Medication is null && Condition is null && string.IsNullOrWhiteSpace(Q)) errors["medication"] = ["give a medication, a condition or q"];
        FilterValidation.Query(Q, errors);
        return errors;
    }

    /// <summary>The medication (or drug class) and condition named (after <see cref="Validate"/>).</summary>
    public (Concept? Medication, Concept? Condition) Concepts(Vocabulary vocabulary) => Concepts(vocabulary, []);

    public (int Limit, int Offset) Page() => Paging.Page(Limit, Offset);

    private (Concept?, Concept?) Concepts(Vocabulary vocabulary, Dictionary<string, string[]> errors) =>
        (FilterValidation.Concept("medication", Medication, MedicationKinds, vocabulary, errors),
         FilterValidation.Concept("condition", Condition, [ConceptKind.Condition], vocabulary, errors));
}
