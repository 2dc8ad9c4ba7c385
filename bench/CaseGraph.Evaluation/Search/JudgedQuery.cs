using System.Text.Json;

namespace CaseGraph.Evaluation.Search;

/// <summary>A query of bench/quality/*.jsonl (or of a TREC-style collection) with its graded judgments.</summary>
public sealed record JudgedQuery(string Id, string Kind, string? Text, string? Medication, string? Condition, string? Topic,
    IReadOnlyDictionary<string, int> Judgments)
{
    public const string SimilarCases = "similar-cases", Recommendations = "recommendations", Guidelines = "guidelines";

    /// <summary>What a plain keyword engine is given: every word the user supplied.</summary>
    public string KeywordText => string.Join(' ', new[] { Medication, Condition, Text }.Where(s => !string.IsNullOrWhiteSpace(s)));

    public static IReadOnlyList<JudgedQuery> LoadJsonl(string folder) =>
        Directory.EnumerateFiles(folder, "*.jsonl").Order(StringComparer.Ordinal)
            .SelectMany(File.ReadLines).Where(l => !string.IsNullOrWhiteSpace(l))
            .Select(l => JsonSerializer.Deserialize<JudgedQuery>(l, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!)
            .ToList();

    /// <summary>TREC style: queries "id TAB text" a line; qrels "query-id 0 doc-id grade" a line.</summary>
    public static IReadOnlyList<JudgedQuery> LoadTrec(string queriesPath, string qrelsPath)
    {
        var qrels = File.ReadLines(qrelsPath).Select(l => l.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
            .Where(p => p.Length >= 4)
            .GroupBy(p => p[0])
            .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<string, int>)g.ToDictionary(p => p[2], p => int.Parse(p[3], System.Globalization.CultureInfo.InvariantCulture)));
        return File.ReadLines(queriesPath).Select(l => l.Split('\t', 2)).Where(p => p.Length == 2)
            .Select(p => new JudgedQuery(p[0], Guidelines, p[1], null, null, null, qrels.GetValueOrDefault(p[0]) ?? new Dictionary<string, int>()))
            .ToList();
    }
}
