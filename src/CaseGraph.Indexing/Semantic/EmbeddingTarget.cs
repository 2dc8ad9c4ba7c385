using CaseGraph.Core.Model;
using CaseGraph.Core.Semantic;
using CaseGraph.Indexing.Corpus;

namespace CaseGraph.Indexing.Semantic;

/// <summary>
/// What one lexical commit holds, as the items to embed: its cases, their recommendations and the guideline passages,
/// each with the text <see cref="SemanticText"/> makes of the title and text the full-text index stores for it. Built
/// from the screened snapshot the run indexed, so a record held back for identifiers is embedded nowhere either. A run
/// that left unchanged files unread defers reading them until the stage needs the items.
/// </summary>
public sealed record EmbeddingTarget
{
    private readonly Lazy<IReadOnlyList<SemanticItem>> _items;

    private EmbeddingTarget(long sequence, Lazy<IReadOnlyList<SemanticItem>> items) => (Sequence, _items) = (sequence, items);

    public long Sequence { get; init; }
    public IReadOnlyList<SemanticItem> Items => _items.Value;
    public int Count => Items.Count;

    public static EmbeddingTarget From(long sequence, CorpusSnapshot snapshot) => new(sequence, new(ItemsOf(snapshot)));

    /// <summary>The items of the snapshot <paramref name="read"/> gives, read on first use (on the embedding stage's thread).</summary>
    public static EmbeddingTarget Deferred(long sequence, Func<CorpusSnapshot> read) => new(sequence, new(() => ItemsOf(read())));

    private static IReadOnlyList<SemanticItem> ItemsOf(CorpusSnapshot snapshot)
    {
        var items = new List<SemanticItem>();
        foreach (var (c, _) in snapshot.Cases)
        {
            items.Add(new(c.Id, DocumentKind.Case, SemanticText.Of(DocumentKind.Case, c.Title, c.SearchText)));
            foreach (var r in c.Recommendations)
                items.Add(new(r.Id, DocumentKind.Recommendation, SemanticText.Of(DocumentKind.Recommendation, c.Title, r.Text)));
        }
        foreach (var (p, _) in snapshot.Passages)
            items.Add(new(p.Id, DocumentKind.Guideline, SemanticText.Of(DocumentKind.Guideline, p.Title, p.Text)));
        // An item with no text has nothing to find; an id seen twice keeps its first item (a vector file holds an id once).
        return [.. items.Where(i => !string.IsNullOrWhiteSpace(i.Text)).DistinctBy(i => i.Id, StringComparer.Ordinal)];
    }
}
