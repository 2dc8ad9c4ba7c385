using System.Globalization;

namespace CaseGraph.Core.Corpus;

/// <summary>Checks of a passage's optional citation fields: its link, publication date and recommendation grade. Pure.</summary>
public static class CitationFields
{
    /// <summary>The most characters a grade may have: a grade is a short label, not prose.</summary>
    public const int MaxGradeLength = 100;

    /// <summary>An absolute http or https address (what a page may link to); anything else is not.</summary>
    public static bool IsWebAddress(string? value) =>
        value is not null && Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && uri.Host.Length > 0
        && !value.Any(char.IsWhiteSpace);

    /// <summary>A real calendar date <c>yyyy-mm-dd</c> or month <c>yyyy-mm</c>.</summary>
    public static bool IsPublicationDate(string? value) => value?.Length switch
    {
        10 => DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        7 => DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        _ => false,
    };

    /// <summary>Reads <c>url</c>, <c>published</c> and <c>grade</c>; a bad value is an error of the record (never repeating the value).</summary>
    internal static (string? Url, string? Published, string? Grade) Read(JsonFields f)
    {
        var url = f.OptionalString("url");
        if (url is not null && !IsWebAddress(url)) { f.Error("url", "field 'url' must be an absolute http or https address"); url = null; }
        var published = f.OptionalString("published");
        if (published is not null && !IsPublicationDate(published))
        {
            f.Error("published", "field 'published' must be a date like 2022-11-04 or a month like 2022-11");
            published = null;
        }
        var grade = f.OptionalString("grade")?.Trim();
        if (grade is { Length: > MaxGradeLength }) { f.Error("grade", $"field 'grade' may be at most {MaxGradeLength} characters"); grade = null; }
        return (url, published, string.IsNullOrEmpty(grade) ? null : grade);
    }
}
