using CaseGraph.Core.Model;

namespace CaseGraph.Core.Topics;

/// <summary>Assigns taxonomy topics to a case. Implementations must be thread-safe.</summary>
public interface ITopicTagger
{
    /// <summary>Identifies the model, so that a retrained model re-tags what it tagged before.</summary>
    string Fingerprint { get; }

    IReadOnlyList<TopicTag> Tag(TopicDocument document);
}

/// <summary>The tagger used when no model could be trained: it tags nothing.</summary>
public sealed class NoTopicTagger : ITopicTagger
{
    public static NoTopicTagger Instance { get; } = new();
    public string Fingerprint => "none";
    public IReadOnlyList<TopicTag> Tag(TopicDocument document) => [];
}
