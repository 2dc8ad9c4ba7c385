using System.Text.Json;
using CaseGraph.Core.Search;
using CaseGraph.Evaluation.Search;
using CaseGraph.Indexing.Corpus;
using CaseGraph.Indexing.Semantic;

namespace CaseGraph.Quality;

/// <summary>
/// Pooling for judges: every arm's top results for every query (BM25, CaseGraph, embeddings, their fusions), minus what
/// the query already judges, written one query a line with each candidate's text, sorted by id so nothing tells which
/// system found it. A judge grades them blind; <see cref="Merge"/> folds the grades back into the query files.
/// </summary>
internal static class JudgingPool
{
    public sealed record Candidate(string Item, string Text);

    public sealed record PoolQuery(string Query, string Kind, string? Medication, string? Condition, string? Text, IReadOnlyList<Candidate> Candidates);

    public sealed record Grade(string Query, string Item, int Value);

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static async Task<(int Pooled, int Unjudged)> WriteAsync(string corpus, IReadOnlyList<JudgedQuery> queries, string path, int depth,
        CancellationToken ct)
    {
        var arms = await SemanticComparison.RankingsAsync(corpus, queries, [("CaseGraph hybrid", HybridFusion.Default)], ct);
        var texts = EmbeddingTarget.From(0, CorpusReader.Read(corpus)).Items.ToDictionary(i => i.Id, i => i.Text);
        int pooled = 0, unjudged = 0;
        var lines = new List<string>();
        for (var i = 0; i < queries.Count; i++)
        {
            var q = queries[i];
            var all = arms.SelectMany(a => a.Rankings[i].Take(depth)).Distinct().ToList();
            var open = all.Where(id => !q.Judgments.ContainsKey(id)).Order(StringComparer.Ordinal)
                .Select(id => new Candidate(id, texts[id])).ToList();
            pooled += all.Count;
            unjudged += open.Count;
            if (open.Count > 0) lines.Add(JsonSerializer.Serialize(new PoolQuery(q.Id, q.Kind, q.Medication, q.Condition, q.Text, open), Json));
        }
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await File.WriteAllLinesAsync(path, lines, ct);
        return (pooled, unjudged);
    }

    /// <summary>
    /// Adds the judge's grades (lines of {"query","item","value"}) to the judgments of the query files in a folder,
    /// rewriting each file in place with its lines in order; a grade already there is kept, one for an unknown query is reported.
    /// </summary>
    public static (int Added, int Kept, IReadOnlyList<string> Unknown) Merge(string queryFolder, string gradesPath)
    {
        var grades = File.ReadLines(gradesPath).Where(l => !string.IsNullOrWhiteSpace(l))
            .Select(l => JsonSerializer.Deserialize<Grade>(l, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!)
            .GroupBy(g => g.Query).ToDictionary(g => g.Key, g => g.ToList());
        int added = 0, kept = 0;
        var seen = new HashSet<string>();
        foreach (var file in Directory.EnumerateFiles(queryFolder, "*.jsonl"))
        {
            var lines = File.ReadAllLines(file).Select(line =>
            {
                if (string.IsNullOrWhiteSpace(line)) return line;
                var node = System.Text.Json.Nodes.JsonNode.Parse(line)!.AsObject();
                var id = (string)node["id"]!;
                if (!grades.TryGetValue(id, out var forQuery)) return line;
                seen.Add(id);
                var judgments = node["judgments"]!.AsObject();
                foreach (var g in forQuery)
                {
                    if (g.Value is < 0 or > 3) throw new InvalidDataException($"{gradesPath}: grade {g.Value} for {g.Query}/{g.Item} is outside 0-3");
                    if (judgments.ContainsKey(g.Item)) { kept++; continue; }
                    judgments[g.Item] = g.Value;
                    added++;
                }
                return node.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            }).ToList();
            File.WriteAllLines(file, lines);
        }
        return (added, kept, [.. grades.Keys.Where(k => !seen.Contains(k)).Order(StringComparer.Ordinal)]);
    }
}
