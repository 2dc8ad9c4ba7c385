namespace CaseGraph.Api.Search;

/// <summary>Page size and offset rules shared by every listing endpoint.</summary>
public static class Paging
{
    /// <remarks>A <c>q</c> of 6,000 characters holds a pasted question of about 900 words and keeps the request line
    /// under Kestrel's 8 KB; a longer text goes in the body of <c>POST /api/cases/similar</c>.</remarks>
    public const int DefaultLimit = 10, MaxLimit = 100, MaxOffset = 10_000, MaxQueryLength = 6_000;

    public static void Validate(int? limit, int? offset, Dictionary<string, string[]> errors)
    {
        FilterValidation.Range("limit", limit, 1, MaxLimit, errors);
        FilterValidation.Range("offset", offset, 0, MaxOffset, errors);
    }

    /// <summary>The page asked for, defaults filled in (after <see cref="Validate"/>).</summary>
    public static (int Limit, int Offset) Page(int? limit, int? offset) => (limit ?? DefaultLimit, offset ?? 0);
}
