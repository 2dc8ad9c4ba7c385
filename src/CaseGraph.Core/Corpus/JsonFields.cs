using System.Text.Json;

namespace CaseGraph.Core.Corpus;

/// <summary>Reads typed fields from a JSON object and collects a readable error for each bad one.</summary>
internal sealed class JsonFields(JsonElement obj, string path, string text, int baseLine, CorpusLimits limits)
{
    public CorpusLimits Limits => limits;

    public List<CorpusError> Errors { get; } = [];

    /// <param name="longText">a free-text field (up to <see cref="CorpusLimits.MaxTextLength"/>), else a short one</param>
    public string? RequiredString(string name, string owner = "", bool longText = false)
    {
        var value = OptionalString(name, owner, longText);
        if (value is null && Find(name) is null) Error(name, $"missing required field '{Qualified(owner, name)}'");
        else if (value is not null && string.IsNullOrWhiteSpace(value)) { Error(name, $"field '{Qualified(owner, name)}' is empty"); return null; }
        return value;
    }

    public string? OptionalString(string name, string owner = "", bool longText = false)
    {
        if (Find(name) is not { } el || el.ValueKind == JsonValueKind.Null) return null;
        if (el.ValueKind == JsonValueKind.String) return WithinLimit(name, owner, el.GetString()!, longText ? limits.MaxTextLength : limits.MaxShortTextLength);
        Error(name, $"field '{Qualified(owner, name)}' must be a string, not {Describe(el)}");
        return null;
    }

    public double? OptionalNumber(string name, string owner = "")
    {
        if (Find(name) is not { } el || el.ValueKind == JsonValueKind.Null) return null;
        if (el.ValueKind == JsonValueKind.Number) return el.GetDouble();
        Error(name, $"field '{Qualified(owner, name)}' must be a number, not {Describe(el)}");
        return null;
    }

    /// <summary>The array's items, or none (and an error) when it is missing but required, not an array, or longer than <paramref name="maxItems"/>.</summary>
    public IReadOnlyList<JsonElement> Array(string name, bool required, int maxItems, string owner = "")
    {
        if (Find(name) is not { } el || el.ValueKind == JsonValueKind.Null)
        {
            if (required) Error(name, $"missing required field '{Qualified(owner, name)}'");
            return [];
        }
        if (el.ValueKind != JsonValueKind.Array)
        {
            Error(name, $"field '{Qualified(owner, name)}' must be an array, not {Describe(el)}");
            return [];
        }
        if (el.GetArrayLength() > maxItems)
        {
            Error(name, $"field '{Qualified(owner, name)}' holds more than {maxItems} items (the limit)");
            return [];
        }
        return el.EnumerateArray().ToList();
    }

    public JsonFields? Object(string name, string owner = "")
    {
        if (Find(name) is not { } el) { Error(name, $"missing required field '{Qualified(owner, name)}'"); return null; }
        if (el.ValueKind != JsonValueKind.Object) { Error(name, $"field '{Qualified(owner, name)}' must be an object, not {Describe(el)}"); return null; }
        return Nested(el);
    }

    public JsonFields Nested(JsonElement el) => new(el, path, text, baseLine, limits);

    public void Error(string field, string reason) => Errors.Add(new CorpusError(path, LineOf(field), reason));

    private string? WithinLimit(string name, string owner, string value, int maxLength)
    {
        if (value.Length <= maxLength) return value;
        Error(name, $"field '{Qualified(owner, name)}' is longer than {maxLength} characters (the limit)");
        return null;
    }

    private JsonElement? Find(string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var el) ? el : null;

    /// <summary>The 1-based line of the first "name": in the text, or the object's first line when absent.</summary>
    private int LineOf(string field)
    {
        var at = text.IndexOf($"\"{field}\"", StringComparison.Ordinal);
        return at < 0 ? baseLine : baseLine + text.AsSpan(0, at).Count('\n');
    }

    private static string Qualified(string owner, string name) => owner.Length == 0 ? name : $"{owner}.{name}";

    private static string Describe(JsonElement el) => el.ValueKind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        JsonValueKind.Number => "a number",
        JsonValueKind.String => "a string",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
