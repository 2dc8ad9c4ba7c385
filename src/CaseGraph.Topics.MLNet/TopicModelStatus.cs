namespace CaseGraph.Topics.MLNet;

/// <summary>What the topic tagger can do right now, for /health and the worker's log.</summary>
public sealed record TopicModelStatus(string State, int TrainingExamples, IReadOnlyList<string> TrainedTopics,
    IReadOnlyDictionary<string, string> SkippedTopics, string Fingerprint)
{
    public static TopicModelStatus Unavailable(string reason, int examples = 0) =>
        new("unavailable: " + reason, examples, [], new Dictionary<string, string>(), "none");
}
