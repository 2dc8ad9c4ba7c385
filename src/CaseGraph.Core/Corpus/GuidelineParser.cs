using System.Text.Json;
using CaseGraph.Core.Model;

namespace CaseGraph.Core.Corpus;

/// <summary>Parses a JSONL file of guideline passages, one passage a line; a bad line is reported and skipped.</summary>
public static class GuidelineParser
{
    public static (IReadOnlyList<GuidelinePassage> Passages, IReadOnlyList<CorpusError> Errors) Parse(string jsonl, string path)
    {
        var passages = new List<GuidelinePassage>();
        var errors = new List<CorpusError>();
        var lineNumber = 0;
        foreach (var line in jsonl.Split('\n'))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var outcome = ParseLine(line, path, lineNumber);
            if (outcome.Value is not null) passages.Add(outcome.Value);
            errors.AddRange(outcome.Errors);
        }
        return (passages, errors);
    }

    private static ParseOutcome<GuidelinePassage> ParseLine(string line, string path, int lineNumber)
    {
        try
        {
            using var doc = JsonDocument.Parse(line);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
                return ParseOutcome<GuidelinePassage>.Fail(new CorpusError(path, lineNumber, "each line must hold one JSON object"));
            var f = new JsonFields(doc.RootElement, path, "", lineNumber);
            var passage = new GuidelinePassage(
                f.RequiredString("id") ?? "", f.RequiredString("title") ?? "", f.RequiredString("text") ?? "",
                f.RequiredString("source") ?? "", f.RequiredString("section") ?? "");
            if (f.Errors.Count == 0 && !CaseParser.IdPattern().IsMatch(passage.Id))
                f.Error("id", $"id '{passage.Id}' may hold only letters, digits, '-', '_' and '.'");
            return f.Errors.Count == 0 ? ParseOutcome<GuidelinePassage>.Ok(passage with { Text = passage.Text.Trim() }) : ParseOutcome<GuidelinePassage>.Fail([.. f.Errors]);
        }
        catch (JsonException ex)
        {
            return ParseOutcome<GuidelinePassage>.Fail(new CorpusError(path, lineNumber, $"invalid JSON: {CaseParser.FirstSentence(ex.Message)}"));
        }
    }
}
