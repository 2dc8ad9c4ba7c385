namespace CaseGraph.Core.Concepts;

/// <summary>How a concept is mentioned: about the patient now, or not (ConText's categories).</summary>
public enum MentionContext { Affirmed, Negated, Historical, Hypothetical, OtherExperiencer }

/// <summary>A concept mention with its context and the trigger phrase that set it (null when affirmed).</summary>
public sealed record ContextualMention(string ConceptId, int Start, int End, string Text, MentionContext Context, string? Trigger)
{
    public bool IsAffirmed => Context == MentionContext.Affirmed;
}

public static class MentionContexts
{
    public static string ToSlug(this MentionContext context) => context switch
    {
        MentionContext.Affirmed => "affirmed",
        MentionContext.Negated => "negated",
        MentionContext.Historical => "historical",
        MentionContext.Hypothetical => "hypothetical",
        _ => "other",
    };
}
