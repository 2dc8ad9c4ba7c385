using System.Text.RegularExpressions;

namespace CaseGraph.Api.Hosting;

/// <summary>
/// A query or route value that did not parse as its parameter's type, read from the framework's "Failed to bind
/// parameter" message, said as what the parameter expects ("minMme must be a number"). The value is never repeated:
/// it may be anything a user typed. The framework names an <c>[AsParameters]</c> record's property (MinMme); every public
/// query name is that name in camelCase (minMme).
/// </summary>
public sealed partial record UnparsedParameter(string Name, string Expects)
{
    public static UnparsedParameter? From(string message) =>
        BindFailure().Match(message) is { Success: true } m ? new(System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(m.Groups["name"].Value), Expected(m.Groups["type"].Value)) : null;

    public HttpValidationProblemDetails Problem() => new(new Dictionary<string, string[]> { [Name] = [$"{Name} must be {Expects}"] })
    {
        Status = StatusCodes.Status400BadRequest,
        Title = "One or more validation errors occurred.",
        Detail = $"{Name} must be {Expects}",
    };

    private static string Expected(string type) => type.Replace("Nullable<", "").TrimEnd('>') switch
    {
        "int" or "long" or "short" or "Int32" or "Int64" => "a whole number",
        "double" or "float" or "decimal" or "Double" or "Single" or "Decimal" => "a number",
        "DateOnly" => "a date like 2026-12-06",
        "DateTime" or "DateTimeOffset" => "a date and time like 2026-12-06T10:00:00Z",
        "bool" or "Boolean" => "true or false",
        _ => "a valid value",
    };

    [GeneratedRegex("^Failed to bind parameter \"(?<type>[^\"]+) (?<name>[^\" ]+)\" from ", RegexOptions.Singleline)]
    private static partial Regex BindFailure();
}
