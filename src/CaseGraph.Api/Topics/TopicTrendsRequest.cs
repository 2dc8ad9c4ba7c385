using System.Text.RegularExpressions;
using CaseGraph.Api.Search;
using CaseGraph.Api.Trends;
using Microsoft.AspNetCore.Mvc;

namespace CaseGraph.Api.Topics;

/// <summary>The query string of <c>GET /api/topics/trends</c>.</summary>
public sealed partial record TopicTrendsRequest(
    [FromQuery(Name = "interval")] string? Interval = null,
    [FromQuery(Name = "from")] string? From = null,
    [FromQuery(Name = "to")] string? To = null,
    [FromQuery(Name = "topic")] string? Topic = null,
    [FromQuery(Name = "setting")] string? Setting = null,
    [FromQuery(Name = "format")] string? Format = null)
{
    /// <summary>Errors under each parameter's name; a topic must be an id of <paramref name="topicNames"/> (never repeated back).</summary>
    public IReadOnlyDictionary<string, string[]> Validate(IReadOnlyDictionary<string, string> topicNames)
    {
        var errors = new Dictionary<string, string[]>();
        TrendOptions.Parse(Interval, From, To, Format, errors);
        if (Topic is not null && !(TopicIdPattern().IsMatch(Topic) && topicNames.ContainsKey(Topic)))
            errors["topic"] = ["topic must be the id of a topic of the taxonomy (lower-case words joined by hyphens, e.g. tapering); see corpus/topics.tsv"];
        FilterValidation.Setting(Setting, errors);
        return errors;
    }

    /// <summary>The interval, window and format (after <see cref="Validate"/>).</summary>
    public TrendOptions Options() => TrendOptions.Parse(Interval, From, To, Format, []);

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex TopicIdPattern();
}
