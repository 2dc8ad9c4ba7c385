using System.Collections.Frozen;
using CaseGraph.Core.Concepts;
using CaseGraph.Core.Model;

namespace CaseGraph.Core.Search;

/// <summary>
/// What reading queries against one committed index takes, as the worker built that index: the vocabulary (concept
/// matching, drug words the analyzer keeps whole), the topic names, the weights of the text fields, the versions of
/// the models, and the sequence of the run that committed it. Immutable: the searcher swaps a whole model together
/// with the index commit it describes, so a query never pairs a vocabulary with an index built from another.
/// </summary>
public sealed record SearchModel(long Sequence, Vocabulary Vocabulary, string VocabularyFingerprint, IReadOnlyList<Topic> Topics,
    IReadOnlyDictionary<string, float> FieldWeights, IReadOnlyDictionary<string, string> Versions)
{
    /// <summary>Free text searches the title and the text, equally.</summary>
    public static IReadOnlyDictionary<string, float> DefaultFieldWeights { get; } =
        new Dictionary<string, float> { ["title"] = 1f, ["text"] = 1f }.ToFrozenDictionary();

    /// <summary>Before any run has committed: no concepts, default weights.</summary>
    public static SearchModel Empty { get; } = new(0, Vocabulary.Empty, "", [], DefaultFieldWeights, FrozenDictionary<string, string>.Empty);

    /// <summary>Whether queries are analysed alike under both models: the same vocabulary and the same field weights.</summary>
    public bool ReadsLike(SearchModel other) => VocabularyFingerprint == other.VocabularyFingerprint
        && FieldWeights.Count == other.FieldWeights.Count && FieldWeights.All(w => other.FieldWeights.TryGetValue(w.Key, out var v) && v == w.Value);

    public IReadOnlyDictionary<string, string> TopicNames => Topics.ToDictionary(t => t.Id, t => t.Name);
}
