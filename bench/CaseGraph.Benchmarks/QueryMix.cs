namespace CaseGraph.Benchmarks;

public enum QueryKind { Term, Words, Phrase, Class, Filtered }

/// <summary>A query of the fixed mix: words and "quoted phrases", optionally only cases.</summary>
public sealed record BenchQuery(QueryKind Kind, string Text, bool CasesOnly = false)
{
    /// <summary>The words and phrases of the text: a phrase is one entry with spaces.</summary>
    public IReadOnlyList<string> Parts()
    {
        var parts = new List<string>();
        var segments = Text.Split('"');
        for (var i = 0; i < segments.Length; i++)
        {
            if (i % 2 == 1) parts.Add(segments[i].Trim());
            else parts.AddRange(segments[i].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }
        return parts.Where(p => p.Length > 0).ToList();
    }
}

/// <summary>The fixed query mix: single terms, several words, phrases, class names the graph expands, and filtered queries.</summary>
public static class QueryMix
{
    public static readonly IReadOnlyList<BenchQuery> All =
    [
        new(QueryKind.Term, "buprenorphine"), new(QueryKind.Term, "naloxone"), new(QueryKind.Term, "gabapentin"),
        new(QueryKind.Term, "methadone"), new(QueryKind.Term, "fentanyl"), new(QueryKind.Term, "taper"),
        new(QueryKind.Term, "insomnia"), new(QueryKind.Term, "xylazine"),
        new(QueryKind.Words, "buprenorphine taper pain"), new(QueryKind.Words, "naloxone overdose fentanyl"),
        new(QueryKind.Words, "alprazolam oxycodone sedation"), new(QueryKind.Words, "depression sleep duloxetine"),
        new(QueryKind.Phrase, "\"opioid use disorder\""), new(QueryKind.Phrase, "\"chronic low back pain\""),
        new(QueryKind.Phrase, "\"urine drug screen\""), new(QueryKind.Phrase, "\"harm reduction\" fentanyl"),
        new(QueryKind.Class, "benzodiazepines"), new(QueryKind.Class, "opioids"), new(QueryKind.Class, "stimulants"),
        new(QueryKind.Class, "antidepressants"),
        new(QueryKind.Filtered, "buprenorphine", CasesOnly: true), new(QueryKind.Filtered, "naloxone overdose", CasesOnly: true),
        new(QueryKind.Filtered, "\"opioid use disorder\" pregnancy", CasesOnly: true), new(QueryKind.Filtered, "opioids taper", CasesOnly: true),
    ];
}
