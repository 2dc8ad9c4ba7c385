using System.Text.Json;
using System.Text.Json.Nodes;

namespace CaseGraph.CrashTest;

/// <summary>
/// Changes a generated corpus between crashes, as coordinators would: edits some cases, deletes some, adds new
/// ones (copies under fresh ids), so that every restart has work to do and leftovers of a killed run can go stale.
/// </summary>
public sealed class CorpusMutator(string corpusDirectory, int seed)
{
    private readonly Random _random = new(seed);
    private int _added;

    public (int Edited, int Deleted, int Added) Mutate(int edits, int deletions, int additions)
    {
        var files = Directory.GetFiles(Path.Combine(corpusDirectory, "cases"), "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var picked = files.OrderBy(_ => _random.Next()).Take(edits + deletions + additions).ToList();
        foreach (var file in picked.Take(edits))
        {
            var node = JsonNode.Parse(File.ReadAllText(file))!;
            node["summary"] = node["summary"]!.GetValue<string>() + $" Follow-up note {_random.Next(1000)}: pain and function unchanged.";
            File.WriteAllText(file, node.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        }
        foreach (var file in picked.Skip(edits).Take(deletions)) File.Delete(file);
        foreach (var file in picked.Skip(edits + deletions))
        {
            var node = JsonNode.Parse(File.ReadAllText(file))!;
            var id = $"case-x{seed:D3}{++_added:D5}";
            node["id"] = id;
            foreach (var (rec, i) in node["recommendations"]!.AsArray().Select((r, i) => (r!, i))) rec["id"] = $"{id}-r{i + 1}";
            File.WriteAllText(Path.Combine(Path.GetDirectoryName(file)!, id + ".json"), node.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        }
        return (Math.Min(edits, picked.Count), Math.Min(deletions, Math.Max(0, picked.Count - edits)), Math.Max(0, picked.Count - edits - deletions));
    }
}
