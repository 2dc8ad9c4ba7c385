using System.Text.Json;
using System.Text.RegularExpressions;
using CaseGraph.Core.Model;

namespace CaseGraph.Core.Corpus;

/// <summary>Parses and validates one case file (corpus format v1). Pure: takes the text, never touches disk.</summary>
public static partial class CaseParser
{
    public static readonly IReadOnlySet<string> Settings = new HashSet<string> { "rural", "urban", "suburban", "tribal", "correctional" };
    public static readonly IReadOnlySet<string> AgeBands = new HashSet<string> { "12-17", "18-25", "26-39", "40-49", "50-59", "60-69", "70-79", "80-89", "90+" };
    public static readonly IReadOnlySet<string> Sexes = new HashSet<string> { "female", "male", "other", "unknown" };

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,127}$")]
    public static partial Regex IdPattern();

    [GeneratedRegex(@"^(19|20)\d\d-(0[1-9]|1[0-2])$")]
    public static partial Regex YearMonthPattern();

    public static ParseOutcome<CaseRecord> Parse(string json, string path)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            return ParseOutcome<CaseRecord>.Fail(new CorpusError(path, (int)(ex.LineNumber ?? 0) + 1, $"invalid JSON: {FirstSentence(ex.Message)}"));
        }

        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
                return ParseOutcome<CaseRecord>.Fail(new CorpusError(path, 1, "a case file must hold one JSON object"));
            return Read(new JsonFields(doc.RootElement, path, json, 1));
        }
    }

    private static ParseOutcome<CaseRecord> Read(JsonFields f)
    {
        var id = f.RequiredString("id");
        if (id is not null && !IdPattern().IsMatch(id)) f.Error("id", $"id '{id}' may hold only letters, digits, '-', '_' and '.'");

        var presented = f.RequiredString("presented");
        if (presented is not null && !YearMonthPattern().IsMatch(presented))
            f.Error("presented", $"'presented' must be a year-month like 2021-03, not '{presented}'");

        var setting = f.RequiredString("setting");
        if (setting is not null && !Settings.Contains(setting))
            f.Error("setting", $"'setting' must be one of {string.Join(", ", Settings)}, not '{setting}'");

        var patient = ReadPatient(f);
        var summary = f.RequiredString("summary");
        var questions = ReadStrings(f, "questions", required: true);
        if (questions.Count == 0 && f.Errors.All(e => !e.Reason.Contains("'questions'"))) f.Error("questions", "'questions' needs at least one question");
        var medications = f.Array("medications", required: false).Select((m, i) => ReadMedication(f, m, i)).OfType<MedicationEntry>().ToList();
        var recommendations = f.Array("recommendations", required: true).Select((r, i) => ReadRecommendation(f, r, i)).OfType<RecommendationRecord>().ToList();
        if (recommendations.Count == 0 && f.Errors.Count == 0) f.Error("recommendations", "'recommendations' needs at least one recommendation");
        var topics = ReadStrings(f, "topics", required: false);

        if (f.Errors.Count > 0) return ParseOutcome<CaseRecord>.Fail([.. f.Errors]);
        return ParseOutcome<CaseRecord>.Ok(new CaseRecord(id!, presented!, f.OptionalString("program"), setting!, patient!, summary!.Trim(),
            questions, medications, recommendations, topics));
    }

    private static PatientInfo? ReadPatient(JsonFields f)
    {
        if (f.Object("patient") is not { } p) return null;
        var ageBand = p.RequiredString("ageBand", "patient");
        var sex = p.RequiredString("sex", "patient");
        if (ageBand is not null && !AgeBands.Contains(ageBand)) p.Error("ageBand", $"'patient.ageBand' must be one of {string.Join(", ", AgeBands)}, not '{ageBand}'");
        if (sex is not null && !Sexes.Contains(sex)) p.Error("sex", $"'patient.sex' must be one of {string.Join(", ", Sexes)}, not '{sex}'");
        f.Errors.AddRange(p.Errors);
        return p.Errors.Count == 0 ? new PatientInfo(ageBand!, sex!) : null;
    }

    private static MedicationEntry? ReadMedication(JsonFields f, JsonElement el, int index)
    {
        var owner = $"medications[{index}]";
        if (el.ValueKind != JsonValueKind.Object) { f.Error("medications", $"'{owner}' must be an object"); return null; }
        var m = f.Nested(el);
        var entry = new MedicationEntry(m.RequiredString("name", owner) ?? "", m.OptionalNumber("dose", owner), m.OptionalString("unit", owner), m.OptionalString("frequency", owner));
        f.Errors.AddRange(m.Errors);
        return m.Errors.Count == 0 ? entry : null;
    }

    private static RecommendationRecord? ReadRecommendation(JsonFields f, JsonElement el, int index)
    {
        var owner = $"recommendations[{index}]";
        if (el.ValueKind != JsonValueKind.Object) { f.Error("recommendations", $"'{owner}' must be an object"); return null; }
        var r = f.Nested(el);
        var id = r.RequiredString("id", owner);
        if (id is not null && !IdPattern().IsMatch(id)) r.Error("id", $"recommendation id '{id}' may hold only letters, digits, '-', '_' and '.'");
        var text = r.RequiredString("text", owner);
        f.Errors.AddRange(r.Errors);
        return r.Errors.Count == 0 ? new RecommendationRecord(id!, text!.Trim()) : null;
    }

    private static List<string> ReadStrings(JsonFields f, string name, bool required)
    {
        var list = new List<string>();
        foreach (var el in f.Array(name, required))
        {
            if (el.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(el.GetString())) list.Add(el.GetString()!.Trim());
            else f.Error(name, $"every item of '{name}' must be a non-empty string");
        }
        return list;
    }

    internal static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". ", StringComparison.Ordinal);
        return cut < 0 ? message : message[..(cut + 1)];
    }
}
