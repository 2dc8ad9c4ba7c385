using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using CaseGraph.Core.Concepts;
using CaseGraph.Core.Corpus;
using CaseGraph.Core.Model;
using CaseGraph.Core.Search;

namespace CaseGraph.Lucene;

/// <summary>
/// The search model of each commit, kept in the index folder beside the commit it describes
/// (<c>search-model-12.json</c> for the commit of run 12; Lucene leaves files of other names alone). The worker
/// writes it before it commits; the searcher reads the one whose sequence its refreshed reader carries.
/// </summary>
public static class SearchModelFiles
{
    private const string Prefix = "search-model-", Suffix = ".json";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private sealed record Stored(long Sequence, string VocabularyFingerprint, IReadOnlyList<Concept> Concepts, IReadOnlyList<Topic> Topics,
        IReadOnlyDictionary<string, float> FieldWeights, IReadOnlyDictionary<string, string> Versions);

    public static string PathOf(string indexFolder, long sequence) =>
        Path.Combine(indexFolder, Prefix + sequence.ToString(CultureInfo.InvariantCulture) + Suffix);

    /// <summary>Writes the model durably (temporary file, flushed, renamed), then removes those of runs before the previous one.</summary>
    public static void Write(string indexFolder, SearchModel model)
    {
        Directory.CreateDirectory(indexFolder);
        var path = PathOf(indexFolder, model.Sequence);
        var temp = path + ".tmp";
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write))
        {
            JsonSerializer.Serialize(stream, new Stored(model.Sequence, model.VocabularyFingerprint, [.. model.Vocabulary.Concepts.OrderBy(c => c.Id, StringComparer.Ordinal)],
                model.Topics, model.FieldWeights, model.Versions), Json);
            stream.Flush(flushToDisk: true);
        }
        File.Move(temp, path, overwrite: true);
        foreach (var (_, file) in Sequences(indexFolder).Where(s => s.Sequence < model.Sequence - 1)) File.Delete(file);
    }

    /// <summary>The model written for this commit's sequence, or null when there is none (an index from before models were kept).</summary>
    public static SearchModel? Read(string indexFolder, long sequence)
    {
        var path = PathOf(indexFolder, sequence);
        if (!File.Exists(path)) return null;
        var stored = JsonSerializer.Deserialize<Stored>(File.ReadAllText(path), Json) ?? throw new JsonException($"{path} is empty");
        var errors = new List<CorpusError>();
        var vocabulary = Vocabulary.Build(stored.Concepts.Select(c => new VocabularyParser.Entry(c, path, 0)), errors);
        if (errors.Count > 0) throw new InvalidDataException($"{path}: {string.Join("; ", errors)}");
        return new SearchModel(stored.Sequence, vocabulary, stored.VocabularyFingerprint, stored.Topics, stored.FieldWeights, stored.Versions);
    }

    private static IEnumerable<(long Sequence, string File)> Sequences(string indexFolder) =>
        Directory.EnumerateFiles(indexFolder, Prefix + "*" + Suffix)
            .Select(f => (Name: Path.GetFileName(f), File: f))
            .Select(f => (Ok: long.TryParse(f.Name[Prefix.Length..^Suffix.Length], NumberStyles.None, CultureInfo.InvariantCulture, out var seq), seq, f.File))
            .Where(f => f.Ok).Select(f => (f.seq, f.File)).ToList();
}
