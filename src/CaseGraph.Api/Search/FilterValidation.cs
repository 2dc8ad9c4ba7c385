using CaseGraph.Core.Corpus;

namespace CaseGraph.Api.Search;

/// <summary>Checks of filter parameters shared by the search and trends endpoints; each failure adds a readable error.</summary>
public static class FilterValidation
{
    public static void YearMonth(string name, string? value, Dictionary<string, string[]> errors)
    {
        if (value is not null && !CaseParser.YearMonthPattern().IsMatch(value)) errors[name] = [$"{name} must be a year-month like 2022-03"];
    }

    public static void Setting(string? value, Dictionary<string, string[]> errors)
    {
        if (value is not null && !CaseParser.Settings.Contains(value)) errors["setting"] = [$"setting must be one of {string.Join(", ", CaseParser.Settings)}"];
    }
}
