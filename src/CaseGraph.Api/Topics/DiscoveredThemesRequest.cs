using CaseGraph.Api.Search;
using Microsoft.AspNetCore.Mvc;

namespace CaseGraph.Api.Topics;

/// <summary>The query string of <c>GET /api/topics/discovered</c>.</summary>
public sealed record DiscoveredThemesRequest(
    [FromQuery(Name = "themes")] int? Themes = null,
    [FromQuery(Name = "words")] int? Words = null)
{
    public const int MaxThemes = 20, DefaultThemes = 8, DefaultWords = 10;

    public IReadOnlyDictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        FilterValidation.Range("themes", Themes, 2, MaxThemes, errors);
        FilterValidation.Range("words", Words, 3, ThemeDiscovery.MaxWords, errors);
        return errors;
    }
}
