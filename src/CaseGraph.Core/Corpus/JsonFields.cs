using System.Text.Json;

namespace CaseGraph.Core.Corpus;

/// <summary>Reads typed fields from a JSON object and collects a readable error for each bad one.</summary>
internal sealed class JsonFields(JsonElement obj, string path, string text, int baseLine)
{
    public List<CorpusError> Errors { get; } = [];

    public string? RequiredString(string name, string owner = "")
    {
        var value = OptionalString(name, owner);
        if (value is null && Find(name) is null) Error(name, $"missing required field '{Qualified(owner, name)}'");
        else if (value is not null && string.IsNullOrWhiteSpace(value)) { Error(name, $"field '{Qualified(owner, name)}' is empty"); return null; }
        return value;
    }

    public string? OptionalString(string name, string owner = "")
    {
        if (Find(name) is not { } el || el.ValueKind == JsonValueKind.Null) return null;
        if (el.ValueKind == JsonValueKind.String) return el.GetString();
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

    public IReadOnlyList<JsonElement> Array(string name, bool required, string owner = "")
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
        return el.EnumerateArray().ToList();
    }

    public JsonFields? Object(string name, string owner = "")
    {
        if (Find(name) is not { } el) { Error(name, $"missing required field '{Qualified(owner, name)}'"); return null; }
        if (el.ValueKind != JsonValueKind.Object) { Error(name, $"field '{Qualified(owner, name)}' must be an object, not {Describe(el)}"); return null; }
        return Nested(el);
    }

    public JsonFields Nested(JsonElement el) => new(el, path, text, baseLine) { };

    public void Error(string field, string reason) => Errors.Add(new CorpusError(path, LineOf(field), reason));

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
