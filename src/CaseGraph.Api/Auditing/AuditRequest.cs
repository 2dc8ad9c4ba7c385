using System.Globalization;
using CaseGraph.Api.Search;
using Microsoft.AspNetCore.Mvc;

namespace CaseGraph.Api.Auditing;

/// <summary>The query string of <c>GET /api/audit</c>: one UTC day (today when not given), one caller, a page.</summary>
public sealed record AuditRequest(
    [FromQuery(Name = "day")] string? Day = null,
    [FromQuery(Name = "caller")] string? Caller = null,
    [FromQuery(Name = "limit")] int? Limit = null,
    [FromQuery(Name = "offset")] int? Offset = null)
{
    public IReadOnlyDictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        Paging.Validate(Limit, Offset, errors);
        if (Day is not null && ParseDay(Day) is null) errors["day"] = ["day must be a date like 2026-12-06"];
        return errors;
    }

    /// <summary>The day asked for, or <paramref name="today"/> (after <see cref="Validate"/>).</summary>
    public DateOnly Date(DateOnly today) => Day is null ? today : ParseDay(Day) ?? today;

    public (int Limit, int Offset) Page() => Paging.Page(Limit, Offset);

    private static DateOnly? ParseDay(string day) =>
        DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
