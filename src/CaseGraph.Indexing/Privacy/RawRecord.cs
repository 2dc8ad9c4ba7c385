using System.Text.Json;

namespace CaseGraph.Indexing.Privacy;

/// <summary>A record's text as its corpus file holds it, and its line there: what a held copy keeps. Only reads.</summary>
public static class RawRecord
{
    /// <summary>A case is its whole file (line 1); a passage is the line of its guideline file that carries its id.
    /// Null when the file cannot be read (through no symbolic link) or no longer holds the record.</summary>
    public static (int Line, string Text)? Read(string corpusDirectory, string kind, string source, string id)
    {
        var path = ConfinedPath.Resolve(corpusDirectory, source);
        if (path is null || !File.Exists(path)) return null;
        var text = File.ReadAllText(path);
        if (kind == "case") return (1, text);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
            if (PassageId(lines[i]) == id) return (i + 1, lines[i].TrimEnd('\r') + "\n");
        return null;
    }

    private static string? PassageId(string line)
    {
        if (string.IsNullOrWhiteSpace(line)) return null;
        try
        {
            using var doc = JsonDocument.Parse(line);
            return doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
                ? id.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
