using CaseGraph.Api.Concepts;
using CaseGraph.Api.Search;
using CaseGraph.Api.Topics;
using CaseGraph.Core.Concepts;
using CaseGraph.Core.Search;
using Microsoft.AspNetCore.Mvc;

namespace CaseGraph.Api.Trends;

/// <summary>A case behind a trend cell: its id and title (never its text).</summary>
public sealed record TrendCaseItem(string CaseId, string Title);

/// <param name="Total">how many cases the cell holds (the true number; the chart shows it rounded)</param>
/// <param name="Cases">the first of them, at most <see cref="TrendCellChecks.MaxCases"/>, by id</param>
public sealed record TrendCasesResponse(string Period, string Series, int Total, IReadOnlyList<TrendCaseItem> Cases) : Auditing.IGivesOutRecords
{
    IEnumerable<string> Auditing.IGivesOutRecords.RecordIds => Cases.Select(c => c.CaseId);
}

public static class TrendCellChecks
{
    public const int MaxCases = 100;

    public const string PeriodError = "period must be a period label of a trend answer: a year (2022), a quarter (2022-Q3) or a month (2022-05)";

    public const string HiddenError = "this cell is hidden (fewer than 11 cases, or it would reveal such a count): its cases are not listed";

    /// <summary>The period's interval and months, or an error under "period".</summary>
    public static (TrendInterval Interval, string First, string Last) Period(string? period, Dictionary<string, string[]> errors)
    {
        if (TrendWindow.ParsePeriod(period) is { } parsed) return parsed;
        errors["period"] = [PeriodError];
        return default;
    }

    /// <summary>Whether the published table shows this cell (a cell that is withheld, or has no cases, is not drillable).</summary>
    public static bool Shown(TrendTable table, string period, string series) =>
        table.Cells.Any(c => c.Period == period && c.Series == series && !c.Suppressed && c.Count > 0);
}

/// <summary>The query string of <c>GET /api/topics/trends/cases</c>.</summary>
public sealed record TopicTrendCasesRequest(
    [FromQuery(Name = "topic")] string? Topic = null,
    [FromQuery(Name = "period")] string? Period = null,
    [FromQuery(Name = "setting")] string? Setting = null)
{
    public IReadOnlyDictionary<string, string[]> Validate(IReadOnlyDictionary<string, string> topicNames)
    {
        var errors = new Dictionary<string, string[]>(new TopicTrendsRequest(Topic: Topic ?? "", Setting: Setting).Validate(topicNames));
        TrendCellChecks.Period(Period, errors);
        return errors;
    }
}

/// <summary>The query string of <c>GET /api/concepts/trends/cases</c>.</summary>
public sealed record ConceptTrendCasesRequest(
    [FromQuery(Name = "concepts")] string? Concepts = null,
    [FromQuery(Name = "series")] string? Series = null,
    [FromQuery(Name = "period")] string? Period = null)
{
    public IReadOnlyDictionary<string, string[]> Validate(Vocabulary vocabulary)
    {
        var concepts = new ConceptTrendsRequest(Concepts);
        var errors = new Dictionary<string, string[]>(concepts.Validate(vocabulary));
        TrendCellChecks.Period(Period, errors);
        if (errors.ContainsKey("concepts")) return errors;
        if (!ConceptTrends.Series([.. concepts.Resolve(vocabulary).Select(c => c.Id)]).Contains(Series))
            errors["series"] = ["series must be the id of a series of the concepts' trend answer (a concept id, or the ids joined by +)"];
        return errors;
    }
}
