namespace CaseGraph.Core.Model;

/// <summary>A topic of the taxonomy in corpus/topics.tsv.</summary>
public sealed record Topic(string Id, string Name, string Definition);

/// <summary>A topic assigned to a case, with how sure the tagger is and where it came from.</summary>
public sealed record TopicTag(string TopicId, float Confidence, TopicSource Source);

public enum TopicSource { Curated, Model }
