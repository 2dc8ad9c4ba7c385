using CaseGraph.Core.Concepts;

namespace CaseGraph.Core.Graph;

public static class NodeLabels
{
    public const string Case = "Case", Recommendation = "Recommendation", GuidelinePassage = "GuidelinePassage",
        Condition = "Condition", Medication = "Medication", DrugClass = "DrugClass", Intervention = "Intervention", Topic = "Topic",
        MmeBand = "MmeBand";
}

public static class EdgeTypes
{
    public const string HasCondition = "HAS_CONDITION", Takes = "TAKES", Mentions = "MENTIONS", Received = "RECEIVED",
        Recommends = "RECOMMENDS", Addresses = "ADDRESSES", InClass = "IN_CLASS", IsA = "IS_A", HasTopic = "HAS_TOPIC",
        InMmeBand = "IN_MME_BAND";

    /// <summary>A concept named but not affirmed for the patient: kept as an annotation edge, never as HAS_CONDITION/TAKES.</summary>
    public static string Annotation(MentionContext context) => context switch
    {
        MentionContext.Negated => "NEGATED_MENTION",
        MentionContext.Historical => "HISTORICAL_MENTION",
        MentionContext.Hypothetical => "HYPOTHETICAL_MENTION",
        _ => "OTHER_PERSON_MENTION",
    };

    /// <summary>Edges from a case to the concepts it is about; similar-case search compares these.</summary>
    public static readonly IReadOnlyList<string> CaseConcept = [HasCondition, Takes, Mentions, InMmeBand];

    /// <summary>Edges from a narrower concept to a broader one; class expansion walks them backwards.</summary>
    public static readonly IReadOnlyList<string> Broader = [InClass, IsA];
}

/// <param name="Presented">for a case, the year-month it was presented (the time axis of concept trends)</param>
public sealed record GraphNode(string Id, string Label, string Name, string? Presented = null);

public sealed record GraphEdge(string From, string Type, string To);

/// <summary>The nodes and edges one source item (a case, a passage, the vocabulary) owns; replaced as a unit.</summary>
public sealed record GraphFragment(string Owner, IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges);

/// <summary>One atomic write: remove what some owners had, add fragments, and record the batch sequence.</summary>
public sealed record GraphBatch(long Sequence, IReadOnlyList<string> RemovedOwners, IReadOnlyList<GraphFragment> Fragments)
{
    /// <summary>The sequence of a batch that is part of a run not yet complete: a graph left so is behind any ledger.</summary>
    public const long InProgress = -1;
}

/// <summary>
/// What applying a batch did beyond its request: the edges it left out because a node they join is neither in the batch
/// nor in the store (every store skips those rather than keep an edge to nothing).
/// </summary>
public sealed record GraphBatchResult(IReadOnlyList<GraphEdge> SkippedEdges)
{
    public static readonly GraphBatchResult Complete = new([]);
}

/// <summary>A case that shares concepts with another, scored by how rare the shared concepts are.</summary>
public sealed record ConceptOverlap(string CaseId, double Score, IReadOnlyList<string> SharedConceptIds);

public sealed record GraphNeighbour(GraphEdge Edge, GraphNode Node);

public sealed record GraphStats(long Nodes, long Edges, long Sequence);

/// <summary>A case linked to a concept (or to one below it): the concept asked for, and when the case was presented.</summary>
public sealed record ConceptCase(string ConceptId, string CaseId, string Month);

/// <summary>How many cases each month has, and which of them are linked to the concepts asked for.</summary>
public sealed record ConceptCasesByMonth(IReadOnlyDictionary<string, int> CasesPerMonth, IReadOnlyList<ConceptCase> Links);
