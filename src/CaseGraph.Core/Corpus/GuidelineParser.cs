using System.Text;
using System.Text.Json;
using CaseGraph.Core.Model;

namespace CaseGraph.Core.Corpus;

/// <summary>Parses a JSONL file of guideline passages, one passage a line; a bad line is reported and skipped.</summary>
public static class GuidelineParser
{
    public static (IReadOnlyList<GuidelinePassage> Passages, IReadOnlyList<CorpusError> Errors) Parse(string jsonl, string path, CorpusLimits? limits = null)
    {
        limits ??= CorpusLimits.Default;
        var passages = new List<GuidelinePassage>();
        var errors = new List<CorpusError>();
        var lineNumber = 0;
        foreach (var line in jsonl.Split('\n'))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var outcome = Encoding.UTF8.GetByteCount(line) > limits.MaxGuidelineLineBytes
                ? ParseOutcome<GuidelinePassage>.Fail(new CorpusError(path, lineNumber, $"a passage line may hold at most {limits.MaxGuidelineLineBytes} bytes; skipped"))
                : ParseLine(line, path, lineNumber, limits);
            if (outcome.Value is not null) passages.Add(outcome.Value);
            errors.AddRange(outcome.Errors);
        }
        return (passages, errors);
    }

    private static ParseOutcome<GuidelinePassage> ParseLine(string line, string path, int lineNumber, CorpusLimits limits)
    {
        try
        {
            using var doc = JsonDocument.Parse(line);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
                return ParseOutcome<GuidelinePassage>.Fail(new CorpusError(path, lineNumber, "each line must hold one JSON object"));
            var f = new JsonFields(doc.RootElement, path, "", lineNumber, limits);
            var (url, published, grade) = CitationFields.Read(f);
            var passage = new GuidelinePassage(
                CaseParser.RecordId(f, "id", "") ?? "", f.RequiredString("title") ?? "", f.RequiredString("text", longText: true) ?? "",
                f.RequiredString("source") ?? "", f.RequiredString("section") ?? "", url, published, grade);
            return f.Errors.Count == 0 ? ParseOutcome<GuidelinePassage>.Ok(passage with { Text = passage.Text.Trim() }) : ParseOutcome<GuidelinePassage>.Fail([.. f.Errors]);
        }
        catch (JsonException ex)
        {
            return ParseOutcome<GuidelinePassage>.Fail(new CorpusError(path, lineNumber, CaseParser.InvalidJson(ex)));
        }
    }
}
