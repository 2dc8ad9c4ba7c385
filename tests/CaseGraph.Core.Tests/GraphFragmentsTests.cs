using CaseGraph.Core.Concepts;
using CaseGraph.Core.Corpus;
using CaseGraph.Core.Enrichment;
using CaseGraph.Core.Graph;
using CaseGraph.Core.Topics;

namespace CaseGraph.Core.Tests;

public class GraphFragmentsTests
{
    private static readonly Vocabulary Vocabulary = CaseGraph.Tests.Shared.TestCorpus.BuildVocabulary();

    [Fact]
    public void Vocabulary_parents_become_in_class_for_drug_classes_and_is_a_otherwise()
    {
        var fragment = GraphFragments.ForVocabulary(Vocabulary, []);

        Assert.Contains(new GraphEdge("alprazolam", EdgeTypes.InClass, "benzodiazepines"), fragment.Edges);
        Assert.Contains(new GraphEdge("buprenorphine-naloxone", EdgeTypes.IsA, "buprenorphine"), fragment.Edges);
        Assert.Contains(new GraphEdge("opioid-use-disorder", EdgeTypes.IsA, "substance-use-disorder"), fragment.Edges);
        Assert.Contains(fragment.Nodes, n => n is { Id: "alprazolam", Label: NodeLabels.Medication });
    }

    [Fact]
    public void A_case_links_its_conditions_medications_recommendations_and_topics()
    {
        var spec = CaseGraph.Tests.Shared.TestCorpus.Cases[0];
        var json = System.Text.Json.JsonSerializer.Serialize(new
        {
            id = spec.Id, presented = "2022-05", setting = "rural", patient = new { ageBand = "40-49", sex = "female" },
            summary = spec.Summary, questions = new[] { spec.Question },
            medications = new[] { new { name = spec.Medication } },
            recommendations = new[] { new { id = "r1", text = spec.Recommendation } }, topics = new[] { "tapering" },
        });
        var record = CaseParser.Parse(json, "c.json").Value!;
        var enriched = new Enricher(Vocabulary, NoTopicTagger.Instance).Enrich(record);

        var fragment = GraphFragments.ForCase(enriched, Vocabulary);

        Assert.Equal(spec.Id, fragment.Owner);
        Assert.Contains(new GraphEdge(spec.Id, EdgeTypes.HasCondition, "chronic-low-back-pain"), fragment.Edges);
        Assert.Contains(new GraphEdge(spec.Id, EdgeTypes.Takes, "oxycodone"), fragment.Edges);
        Assert.Contains(new GraphEdge(spec.Id, EdgeTypes.Takes, "alprazolam"), fragment.Edges);
        Assert.Contains(new GraphEdge(spec.Id, EdgeTypes.Received, "r1"), fragment.Edges);
        Assert.Contains(new GraphEdge("r1", EdgeTypes.Recommends, "naloxone"), fragment.Edges);
        Assert.Contains(new GraphEdge(spec.Id, EdgeTypes.HasTopic, GraphFragments.TopicNodeId("tapering")), fragment.Edges);
    }
}
