namespace CaseGraph.Core.Semantic;

/// <summary>
/// A sentence-embedding model. Vectors are L2-normalized, so a dot product is their cosine. Implementations are safe to
/// call from several threads at once.
/// </summary>
public interface ITextEmbedder
{
    /// <summary>Names the model and how it is used (a vector cache and a vector store are only valid for this id).</summary>
    string ModelId { get; }

    int Dimensions { get; }

    /// <summary>
    /// Embeds a document (a case, a recommendation, a guideline passage). A text longer than the model's window is
    /// split into overlapping chunks on sentence boundaries (<see cref="TextChunker"/>) and every chunk keeps its own
    /// vector and its offsets: an item is scored by its best chunk, and that chunk's offsets show the sentences that
    /// carried the match. An empty text has no chunks.
    /// </summary>
    TextEmbedding Embed(string text, CancellationToken cancellationToken = default);

    /// <summary>Embeds a question typed or pasted by a user, the way the model expects queries to be embedded.</summary>
    float[] EmbedQuery(string text, CancellationToken cancellationToken = default);
}

/// <summary>One chunk of a document: its character offsets in the text that was embedded and its vector.</summary>
public sealed record EmbeddedChunk(int Start, int Length, float[] Vector);

/// <summary>A document's embedding: one vector per chunk, in text order.</summary>
public sealed record TextEmbedding(IReadOnlyList<EmbeddedChunk> Chunks)
{
    public static TextEmbedding Empty { get; } = new([]);
}
