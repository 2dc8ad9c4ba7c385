using CaseGraph.Core.Model;

namespace CaseGraph.Core.Semantic;

/// <summary>An item close in meaning to a question: its best chunk's cosine and where that chunk lies in its embedded text.</summary>
public sealed record SemanticHit(string Id, float Score, TextSpan Chunk);

/// <summary>
/// The vectors of one run, read for one request beside the lexical commit it serves (never a newer run's). Its
/// <see cref="Coverage"/> says how much of the archive it holds: embeddings fill in behind the lexical index.
/// </summary>
public interface ISemanticView
{
    SemanticCoverage Coverage { get; }

    /// <summary>The <paramref name="limit"/> items closest in meaning to a user's question, best first, of this kind (any when null)
    /// and, when <paramref name="allowedIds"/> is given, among those ids only.</summary>
    IReadOnlyList<SemanticHit> Search(string question, DocumentKind? kind, IReadOnlyCollection<string>? allowedIds, int limit, CancellationToken ct);

    /// <summary>The items of the same kind closest in meaning to a stored item, itself excluded (empty when it has no vector).</summary>
    IReadOnlyList<SemanticHit> SimilarTo(string id, DocumentKind kind, int limit, CancellationToken ct);
}

/// <summary>No vectors (semantic search off, or nothing embedded yet): every search is lexical only.</summary>
public sealed class NoSemanticView : ISemanticView
{
    public static NoSemanticView Instance { get; } = new();

    public SemanticCoverage Coverage => SemanticCoverage.None;

    public IReadOnlyList<SemanticHit> Search(string question, DocumentKind? kind, IReadOnlyCollection<string>? allowedIds, int limit, CancellationToken ct) => [];

    public IReadOnlyList<SemanticHit> SimilarTo(string id, DocumentKind kind, int limit, CancellationToken ct) => [];
}
