namespace CaseGraph.Api.Search;

/// <summary>Page size and offset rules shared by every listing endpoint.</summary>
public static class Paging
{
    public const int DefaultLimit = 10, MaxLimit = 100, MaxOffset = 10_000, MaxQueryLength = 2_000;

    public static (int Limit, int Offset) Validate(int? limit, int? offset, Dictionary<string, string[]> errors)
    {
        if (limit is < 1 or > MaxLimit) errors["limit"] = [$"limit must be between 1 and {MaxLimit}"];
        if (offset is < 0 or > MaxOffset) errors["offset"] = [$"offset must be between 0 and {MaxOffset}"];
        return (limit ?? DefaultLimit, offset ?? 0);
    }
}
