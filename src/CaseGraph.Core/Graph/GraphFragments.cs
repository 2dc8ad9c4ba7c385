using CaseGraph.Core.Concepts;
using CaseGraph.Core.Dosing;
using CaseGraph.Core.Enrichment;
using CaseGraph.Core.Model;

namespace CaseGraph.Core.Graph;

/// <summary>Turns enriched corpus items into graph fragments. Pure.</summary>
public static class GraphFragments
{
    public const string VocabularyOwner = "vocabulary";

    public static GraphFragment ForVocabulary(Vocabulary vocabulary, IReadOnlyList<Topic> topics)
    {
        var nodes = vocabulary.Concepts.Select(c => new GraphNode(c.Id, LabelOf(c.Kind), c.Name))
            .Concat(topics.Select(t => new GraphNode(TopicNodeId(t.Id), NodeLabels.Topic, t.Name)))
            .Concat(MmeBands.Select(b => new GraphNode(MmeBandNodeId(b), NodeLabels.MmeBand, $"{b} MME/day")))
            .ToList();
        var edges = vocabulary.Concepts.SelectMany(c => c.Parents.Select(p => new GraphEdge(c.Id,
            vocabulary.Find(p)?.Kind == ConceptKind.DrugClass ? EdgeTypes.InClass : EdgeTypes.IsA, p))).ToList();
        return new GraphFragment(VocabularyOwner, nodes, edges);
    }

    public static GraphFragment ForCase(EnrichedCase item, Vocabulary vocabulary)
    {
        var c = item.Record;
        var nodes = new List<GraphNode> { new(c.Id, NodeLabels.Case, c.Title, c.Presented) };
        var edges = new List<GraphEdge>();
        foreach (var id in item.ConceptIds)
        {
            var kind = vocabulary.Find(id)?.Kind;
            var type = kind switch
            {
                ConceptKind.Condition => EdgeTypes.HasCondition,
                ConceptKind.Medication => EdgeTypes.Takes,
                _ => EdgeTypes.Mentions,
            };
            edges.Add(new GraphEdge(c.Id, type, id));
        }
        foreach (var r in c.Recommendations)
        {
            nodes.Add(new GraphNode(r.Id, NodeLabels.Recommendation, Shorten(r.Text)));
            edges.Add(new GraphEdge(c.Id, EdgeTypes.Received, r.Id));
            edges.AddRange(item.RecommendationConceptIds[r.Id].Select(id => new GraphEdge(r.Id, EdgeTypes.Recommends, id)));
        }
        var affirmed = item.ConceptIds.ToHashSet();
        edges.AddRange(item.Mentions.Where(m => !m.IsAffirmed && !affirmed.Contains(m.ConceptId))
            .Select(m => new GraphEdge(c.Id, EdgeTypes.Annotation(m.Context), m.ConceptId)).Distinct());
        edges.AddRange(item.Topics.Select(t => new GraphEdge(c.Id, EdgeTypes.HasTopic, TopicNodeId(t.TopicId))));
        if (MmeCalculator.Band(item.DailyMme) is var band && band != "none") edges.Add(new GraphEdge(c.Id, EdgeTypes.InMmeBand, MmeBandNodeId(band)));
        return new GraphFragment(c.Id, nodes, edges);
    }

    public static GraphFragment ForPassage(EnrichedPassage item) => new(
        item.Passage.Id,
        [new GraphNode(item.Passage.Id, NodeLabels.GuidelinePassage, item.Passage.Title)],
        item.ConceptIds.Select(id => new GraphEdge(item.Passage.Id, EdgeTypes.Addresses, id)).ToList());

    public static string TopicNodeId(string topicId) => "topic:" + topicId;

    /// <summary>MME bands are nodes too, so that similar-case search can count a shared band like a shared concept.</summary>
    public static readonly IReadOnlyList<string> MmeBands = ["1-49", "50-89", "90+"];

    public static string MmeBandNodeId(string band) => "mme-band:" + band;

    /// <summary>The nodes <see cref="ForCase"/> links a case to with <see cref="EdgeTypes.CaseConcept"/> edges: its concepts and its MME band.</summary>
    public static List<string> CaseConceptNodes(IReadOnlyList<string> concepts, double? dailyMme) =>
        MmeCalculator.Band(dailyMme) is var band && band != "none" ? [.. concepts, MmeBandNodeId(band)] : [.. concepts];

    public static string LabelOf(ConceptKind kind) => kind switch
    {
        ConceptKind.Condition => NodeLabels.Condition,
        ConceptKind.Medication => NodeLabels.Medication,
        ConceptKind.DrugClass => NodeLabels.DrugClass,
        _ => NodeLabels.Intervention,
    };

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..117] + "...";
}
