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

    /// <summary>Medication units: a closed set, so that the field cannot carry anything else.</summary>
    public static readonly IReadOnlySet<string> Units = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "mg", "mcg", "g", "mL", "L", "mg/mL", "mcg/mL", "mg/hr", "mcg/hr", "mg/day", "mcg/day", "mg/kg", "units", "unit", "IU", "mEq", "%",
        "tablet", "tablets", "capsule", "capsules", "patch", "patches", "puff", "puffs", "spray", "sprays", "drop", "drops",
        "film", "films", "lozenge", "lozenges", "suppository", "suppositories", "injection", "injections", "vial", "vials", "dose", "doses",
    };

    /// <summary>The syntax of a concept id (vocabulary); record ids follow the closed <see cref="RecordIds"/> shape.</summary>
    [GeneratedRegex(@"\A[A-Za-z0-9][A-Za-z0-9_.\-]{0,127}\z")]
    public static partial Regex IdPattern();

    [GeneratedRegex(@"\A(19|20)\d\d-(0[1-9]|1[0-2])\z")]
    public static partial Regex YearMonthPattern();

    public static ParseOutcome<CaseRecord> Parse(string json, string path, CorpusLimits? limits = null)
    {
        limits ??= CorpusLimits.Default;
        if (json.Length > limits.MaxCaseFileBytes)
            return ParseOutcome<CaseRecord>.Fail(new CorpusError(path, 1, $"a case file may hold at most {limits.MaxCaseFileBytes} bytes; skipped"));
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            return ParseOutcome<CaseRecord>.Fail(new CorpusError(path, (int)(ex.LineNumber ?? 0) + 1, InvalidJson(ex)));
        }

        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
                return ParseOutcome<CaseRecord>.Fail(new CorpusError(path, 1, "a case file must hold one JSON object"));
            return Read(new JsonFields(doc.RootElement, path, json, 1, limits));
        }
    }

    private static ParseOutcome<CaseRecord> Read(JsonFields f)
    {
        var limits = f.Limits;
        var id = RecordId(f, "id", "");

        var presented = f.RequiredString("presented");
        if (presented is not null && !YearMonthPattern().IsMatch(presented))
            f.Error("presented", "'presented' must be a year-month like 2021-03");

        var setting = f.RequiredString("setting");
        if (setting is not null && !Settings.Contains(setting))
            f.Error("setting", $"'setting' must be one of {string.Join(", ", Settings)}");

        var program = f.OptionalString("program");
        var patient = ReadPatient(f);
        var summary = f.RequiredString("summary", longText: true);
        var questions = ReadStrings(f, "questions", required: true, limits.MaxQuestions, longText: true);
        if (questions.Count == 0 && f.Errors.All(e => !e.Reason.Contains("'questions'"))) f.Error("questions", "'questions' needs at least one question");
        var medications = f.Array("medications", required: false, limits.MaxMedications).Select((m, i) => ReadMedication(f, m, i)).OfType<MedicationEntry>().ToList();
        var recommendations = f.Array("recommendations", required: true, limits.MaxRecommendations).Select((r, i) => ReadRecommendation(f, r, i)).OfType<RecommendationRecord>().ToList();
        if (recommendations.Count == 0 && f.Errors.Count == 0) f.Error("recommendations", "'recommendations' needs at least one recommendation");
        var topics = ReadStrings(f, "topics", required: false, limits.MaxTopics, longText: false);

        if (f.Errors.Count > 0) return ParseOutcome<CaseRecord>.Fail([.. f.Errors]);
        return ParseOutcome<CaseRecord>.Ok(new CaseRecord(id!, presented!, program, setting!, patient!, summary!.Trim(),
            questions, medications, recommendations, topics));
    }

    /// <summary>A required id of the closed record-id shape; the message names the rule, never the value.</summary>
    internal static string? RecordId(JsonFields f, string name, string owner)
    {
        var id = f.RequiredString(name, owner);
        if (id is null || RecordIds.IsValid(id)) return id;
        f.Error(name, $"'{(owner.Length == 0 ? name : $"{owner}.{name}")}' {RecordIds.Rule}");
        return null;
    }

    private static PatientInfo? ReadPatient(JsonFields f)
    {
        if (f.Object("patient") is not { } p) return null;
        var ageBand = p.RequiredString("ageBand", "patient");
        var sex = p.RequiredString("sex", "patient");
        if (ageBand is not null && !AgeBands.Contains(ageBand)) p.Error("ageBand", $"'patient.ageBand' must be one of {string.Join(", ", AgeBands)}");
        if (sex is not null && !Sexes.Contains(sex)) p.Error("sex", $"'patient.sex' must be one of {string.Join(", ", Sexes)}");
        f.Errors.AddRange(p.Errors);
        return p.Errors.Count == 0 ? new PatientInfo(ageBand!, sex!) : null;
    }

    private static MedicationEntry? ReadMedication(JsonFields f, JsonElement el, int index)
    {
        var owner = $"medications[{index}]";
        if (el.ValueKind != JsonValueKind.Object) { f.Error("medications", $"'{owner}' must be an object"); return null; }
        var m = f.Nested(el);
        var unit = m.OptionalString("unit", owner);
        if (unit is not null && !Units.Contains(unit)) m.Error("unit", $"'{owner}.unit' must be one of {string.Join(", ", Units)}");
        var entry = new MedicationEntry(m.RequiredString("name", owner) ?? "", m.OptionalNumber("dose", owner), unit, m.OptionalString("frequency", owner));
        f.Errors.AddRange(m.Errors);
        return m.Errors.Count == 0 ? entry : null;
    }

    private static RecommendationRecord? ReadRecommendation(JsonFields f, JsonElement el, int index)
    {
        var owner = $"recommendations[{index}]";
        if (el.ValueKind != JsonValueKind.Object) { f.Error("recommendations", $"'{owner}' must be an object"); return null; }
        var r = f.Nested(el);
        var id = RecordId(r, "id", owner);
        var text = r.RequiredString("text", owner, longText: true);
        f.Errors.AddRange(r.Errors);
        return r.Errors.Count == 0 ? new RecommendationRecord(id!, text!.Trim()) : null;
    }

    private static List<string> ReadStrings(JsonFields f, string name, bool required, int maxItems, bool longText)
    {
        var list = new List<string>();
        var maxLength = longText ? f.Limits.MaxTextLength : f.Limits.MaxShortTextLength;
        foreach (var el in f.Array(name, required, maxItems))
        {
            if (el.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(el.GetString())) f.Error(name, $"every item of '{name}' must be a non-empty string");
            else if (el.GetString()!.Length > maxLength) f.Error(name, $"every item of '{name}' must be at most {maxLength} characters (the limit)");
            else list.Add(el.GetString()!.Trim());
        }
        return list;
    }

    /// <summary>Where the JSON broke, never what it held (the parser's own message may quote the text).</summary>
    internal static string InvalidJson(JsonException ex) => $"invalid JSON at byte {ex.BytePositionInLine ?? 0} of the line";
}
