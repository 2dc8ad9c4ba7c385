namespace CaseGraph.Core.Graph;

/// <summary>
/// The knowledge graph. One writer (the indexing worker), many readers. Implemented on embedded SQLite
/// (default) and on Neo4j.
/// </summary>
public interface IGraphStore
{
    Task InitializeAsync(CancellationToken ct);

    /// <summary>
    /// One transaction: removes what the batch's owners (removed or rewritten) had, then writes its nodes, then its edges.
    /// A node that goes takes every edge that touches it, whoever owns the edge; an edge whose end node is missing is
    /// skipped and reported. A node written again keeps only its new label.
    /// </summary>
    Task<GraphBatchResult> ApplyAsync(GraphBatch batch, CancellationToken ct);

    /// <summary>The sequence of the last batch applied (0 when empty).</summary>
    Task<long> GetSequenceAsync(CancellationToken ct);

    /// <summary>All concepts below the given ones (class members, narrower conditions), transitively, excluding the given ones.</summary>
    Task<IReadOnlyList<string>> GetNarrowerConceptsAsync(IReadOnlyCollection<string> conceptIds, CancellationToken ct);

    /// <summary>The nodes one edge away, in either direction.</summary>
    Task<IReadOnlyList<GraphNeighbour>> GetNeighboursAsync(string nodeId, CancellationToken ct);

    /// <summary>Other cases sharing concepts with this one, best first; rarer shared concepts weigh more.</summary>
    Task<IReadOnlyList<ConceptOverlap>> FindCasesSharingConceptsAsync(string caseId, int limit, CancellationToken ct);

    /// <summary>Cases linked to any of these concepts, best first; rarer concepts weigh more.</summary>
    Task<IReadOnlyList<ConceptOverlap>> FindCasesWithConceptsAsync(IReadOnlyCollection<string> conceptIds, int limit, CancellationToken ct);

    /// <summary>Cases per month, and the cases linked (as conditions, medications, interventions) to each of these
    /// concepts or to any concept below them.</summary>
    Task<ConceptCasesByMonth> GetConceptCasesByMonthAsync(IReadOnlyCollection<string> conceptIds, CancellationToken ct);

    /// <summary>Every item (case, passage) that owns nodes or edges; the vocabulary's owner excluded.</summary>
    Task<IReadOnlyList<string>> GetOwnersAsync(CancellationToken ct);

    Task<GraphStats> GetStatsAsync(CancellationToken ct);
}
