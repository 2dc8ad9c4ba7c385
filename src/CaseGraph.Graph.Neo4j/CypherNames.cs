using CaseGraph.Core.Graph;
using CaseGraph.Core.Graph.Export;

namespace CaseGraph.Graph.Neo4j;

/// <summary>
/// Labels and relationship types cannot be Cypher parameters, so they are written into statements; only these,
/// from the graph model's closed lists, ever are. Every value is a parameter.
/// </summary>
public static class CypherNames
{
    public static readonly IReadOnlyList<string> Labels =
    [
        NodeLabels.Case, NodeLabels.Recommendation, NodeLabels.GuidelinePassage, NodeLabels.Condition, NodeLabels.Medication,
        NodeLabels.DrugClass, NodeLabels.Intervention, NodeLabels.Topic, NodeLabels.MmeBand,
    ];

    public static readonly IReadOnlyList<string> RelationshipTypes =
    [
        EdgeTypes.HasCondition, EdgeTypes.Takes, EdgeTypes.Mentions, EdgeTypes.Received, EdgeTypes.Recommends, EdgeTypes.Addresses,
        EdgeTypes.InClass, EdgeTypes.IsA, EdgeTypes.HasTopic, EdgeTypes.InMmeBand,
        .. Enum.GetValues<Core.Concepts.MentionContext>().Where(c => c != Core.Concepts.MentionContext.Affirmed).Select(EdgeTypes.Annotation).Distinct(),
    ];

    public static string Label(string label) => Labels.Contains(label)
        ? CypherExport.Identifier(label) : throw new ArgumentException($"'{label}' is not a node label of the graph model");

    public static string RelationshipType(string type) => RelationshipTypes.Contains(type)
        ? CypherExport.Identifier(type) : throw new ArgumentException($"'{type}' is not a relationship type of the graph model");
}
