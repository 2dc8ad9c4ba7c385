using System.Text.Json;

namespace CaseGraph.Generator;

/// <summary>Phrase templates for synthetic cases (templates.json): slot lists, common sentences, per-topic sentences.</summary>
public sealed record Templates(
    IReadOnlyDictionary<string, IReadOnlyList<string>> Lists,
    CommonTemplates Common,
    IReadOnlyDictionary<string, TopicTemplates> Topics)
{
    public static Templates LoadEmbedded()
    {
        using var stream = typeof(Templates).Assembly.GetManifestResourceStream("templates.json")
            ?? throw new InvalidOperationException("templates.json is not embedded in the generator");
        return JsonSerializer.Deserialize<Templates>(stream, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
            ?? throw new InvalidOperationException("templates.json is empty");
    }
}

public sealed record CommonTemplates(IReadOnlyList<string> Openers, IReadOnlyList<string> Context, IReadOnlyList<string> Closers);

public sealed record TopicTemplates(
    IReadOnlyDictionary<string, double> WeightByYear,
    IReadOnlyList<string> Summary,
    IReadOnlyList<string> Questions,
    IReadOnlyList<string> Recommendations);
