namespace CaseGraph.Core.Corpus;

/// <summary>
/// Per-record limits, checked before a record is parsed further, scanned or enriched: a record over any of them is
/// reported (file and line, no value quoted) and skipped, so that no record can hold a run. Bound from
/// "CaseGraph:CorpusLimits"; the defaults are far above the bundled corpus (largest case 3.2 KB, passage line 1.2 KB).
/// </summary>
public sealed class CorpusLimits
{
    public static CorpusLimits Default { get; } = new();

    /// <summary>A case file (cases/*.json), in bytes.</summary>
    public int MaxCaseFileBytes { get; set; } = 256 * 1024;

    /// <summary>A guideline file (guidelines/*.jsonl), in bytes.</summary>
    public int MaxGuidelineFileBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>One line (one passage) of a guideline file, in bytes.</summary>
    public int MaxGuidelineLineBytes { get; set; } = 64 * 1024;

    /// <summary>A vocabulary or topics file, in bytes.</summary>
    public int MaxVocabularyFileBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>A free-text field (summary, a question, a recommendation's or passage's text), in characters.</summary>
    public int MaxTextLength { get; set; } = 32 * 1024;

    /// <summary>A short field (program, medication name and frequency, passage title, source and section), in characters.</summary>
    public int MaxShortTextLength { get; set; } = 500;

    public int MaxQuestions { get; set; } = 20;
    public int MaxMedications { get; set; } = 50;
    public int MaxRecommendations { get; set; } = 50;
    public int MaxTopics { get; set; } = 20;

    /// <summary>What is wrong with these limits (each must be positive, a text field must fit in its file), or nothing.</summary>
    public IEnumerable<string> Problems()
    {
        (string Name, int Value)[] all =
        [
            (nameof(MaxCaseFileBytes), MaxCaseFileBytes), (nameof(MaxGuidelineFileBytes), MaxGuidelineFileBytes),
            (nameof(MaxGuidelineLineBytes), MaxGuidelineLineBytes), (nameof(MaxVocabularyFileBytes), MaxVocabularyFileBytes),
            (nameof(MaxTextLength), MaxTextLength), (nameof(MaxShortTextLength), MaxShortTextLength), (nameof(MaxQuestions), MaxQuestions),
            (nameof(MaxMedications), MaxMedications), (nameof(MaxRecommendations), MaxRecommendations), (nameof(MaxTopics), MaxTopics),
        ];
        foreach (var (name, value) in all.Where(l => l.Value <= 0)) yield return $"CaseGraph:CorpusLimits:{name} must be positive";
        if (MaxShortTextLength > MaxTextLength) yield return "CaseGraph:CorpusLimits:MaxShortTextLength must not exceed MaxTextLength";
    }
}
