using CaseGraph.Core.Model;

namespace CaseGraph.Core.Semantic;

/// <summary>An item the worker embeds: its id, its kind and the text that is embedded (<see cref="SemanticText"/>).</summary>
public sealed record SemanticItem(string Id, DocumentKind Kind, string Text);

/// <summary>
/// What of an item is embedded, from the title and text the full-text index stores for it, so the read side can find
/// again the sentences of the chunk that matched: a case's title, summary, questions and medications; a
/// recommendation's own text (its title only repeats the case's); a guideline passage's title and text.
/// </summary>
public static class SemanticText
{
    public static string Of(DocumentKind kind, string title, string text) =>
        kind == DocumentKind.Recommendation ? text : title + "\n" + text;
}

/// <summary>How much of the archive the semantic side covers: the items embedded for a run out of all its items.</summary>
public sealed record SemanticCoverage(long Sequence, int Embedded, int Total)
{
    public static SemanticCoverage None { get; } = new(0, 0, 0);

    public bool IsComplete => Total > 0 && Embedded >= Total;

    public double Share => Total == 0 ? 0 : Math.Min(1, (double)Embedded / Total);
}
