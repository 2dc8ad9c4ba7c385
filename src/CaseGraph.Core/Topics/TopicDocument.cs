namespace CaseGraph.Core.Topics;

/// <summary>
/// What the topic tagger reads: free text, and facts CaseGraph derived from it as space-separated tokens
/// (affirmed concepts, drug classes, age and MME bands). Facts are features of their own, so that a single
/// "cg_age_12_17" speaks as loudly as it should however long the text is.
/// </summary>
public sealed record TopicDocument(string Text, string Facts = "");
