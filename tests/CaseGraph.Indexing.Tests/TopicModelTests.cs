using CaseGraph.Core.Model;
using CaseGraph.Core.Topics;
using CaseGraph.Topics.MLNet;

namespace CaseGraph.Indexing.Tests;

public class TopicModelTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "casegraph-tests", Guid.NewGuid().ToString("N"));
    private static readonly Topic[] Taxonomy = [new("tapering", "Tapering", ""), new("naloxone", "Naloxone", ""), new("rare", "Rare", "")];

    private static LabelledDocument Example(string text, string[] topics) => new(new TopicDocument(text), topics);

    private static List<LabelledDocument> Examples()
    {
        string[] taper = ["slow taper of oxycodone by ten percent", "reduce the opioid dose gradually with a taper", "taper morphine slowly with pauses",
            "dose reduction and taper plan for hydrocodone", "gradual taper of long term opioid therapy", "tapering methadone for pain slowly"];
        string[] naloxone = ["prescribe naloxone nasal spray for overdose", "teach family to give naloxone", "naloxone kit after an overdose",
            "overdose prevention with naloxone at home", "co-prescribe naloxone with opioids", "carry naloxone in case of overdose"];
        return [.. taper.Select(t => Example(t, ["tapering"])), .. naloxone.Select(t => Example(t, ["naloxone"])),
            Example("a rare topic", ["rare"])];
    }

    [Fact]
    public void Trains_one_classifier_per_topic_with_enough_examples_and_tags_new_text()
    {
        var tagger = TopicModelTrainer.Train(_dir, Examples(), Taxonomy);

        Assert.Equal(["tapering", "naloxone"], tagger.Status.TrainedTopics);
        Assert.Contains("rare", tagger.Status.SkippedTopics.Keys);
        var tags = tagger.Tag(new TopicDocument("plan a slow taper of the oxycodone dose"));
        Assert.Equal("tapering", tags[0].TopicId);
        Assert.Equal(TopicSource.Model, tags[0].Source);
        Assert.InRange(tags[0].Confidence, 0.5f, 1f);
        Assert.True(File.Exists(Path.Combine(_dir, "topic-model.zip")));
    }

    [Fact]
    public void A_saved_model_is_loaded_when_the_training_data_is_the_same_and_predicts_the_same()
    {
        var trained = TopicModelTrainer.Train(_dir, Examples(), Taxonomy);

        var loaded = TopicModelTrainer.LoadOrTrain(_dir, Examples(), Taxonomy);

        Assert.Equal("loaded", loaded.Status.State);
        Assert.Equal(trained.Tag(new TopicDocument("naloxone for overdose")), loaded.Tag(new TopicDocument("naloxone for overdose")));
        Assert.Null(MlNetTopicTagger.TryLoad(_dir, "another-fingerprint"));
    }

    [Fact]
    public void A_saved_model_opened_by_its_manifest_is_read_on_first_use_and_predicts_the_same()
    {
        var trained = TopicModelTrainer.Train(_dir, Examples(), Taxonomy);

        var saved = MlNetTopicTagger.Saved(_dir, trained.Fingerprint)!;

        Assert.Equal(("loaded", false), (saved.Status.State, saved.IsLoaded));
        Assert.Equal(trained.Tag(new TopicDocument("naloxone for overdose")), saved.Tag(new TopicDocument("naloxone for overdose")));
        Assert.True(saved.IsLoaded);
        Assert.Null(MlNetTopicTagger.Saved(_dir, "another-fingerprint"));
        File.WriteAllText(Path.Combine(_dir, "topic-model.zip"), "damaged");
        Assert.False(MlNetTopicTagger.Saved(_dir, trained.Fingerprint)!.TryLoadModel());
        Assert.Null(MlNetTopicTagger.TryLoad(_dir, trained.Fingerprint));
    }

    private sealed class Output { public float[] Probabilities { get; set; } = []; }

    [Fact]
    public void Tag_confidences_are_the_probabilities_the_saved_ml_net_model_computes()
    {
        var tagger = TopicModelTrainer.Train(_dir, Examples(), Taxonomy);
        var ml = new Microsoft.ML.MLContext(seed: 1);
        var engine = ml.Model.CreatePredictionEngine<TopicModelTrainer.DocumentRow, Output>(ml.Model.Load(Path.Combine(_dir, "topic-model.zip"), out _));

        foreach (var text in new[] { "naloxone for overdose", "slow opioid taper", "taper and naloxone", "nothing in common" })
        {
            var document = new TopicDocument(text, "cg_age_40_49");
            var expected = engine.Predict(TopicModelTrainer.DocumentRow.Of(document)).Probabilities;
            var tags = tagger.Tag(document);
            for (var i = 0; i < tagger.Status.TrainedTopics.Count; i++)
            {
                var tag = tags.SingleOrDefault(t => t.TopicId == tagger.Status.TrainedTopics[i]);
                if (expected[i] >= MlNetTopicTagger.Threshold) Assert.Equal(expected[i], tag!.Confidence, 4);
                else Assert.Null(tag);
            }
        }
    }

    [Fact]
    public void Facts_are_features_of_their_own()
    {
        var examples = Enumerable.Range(0, 12).Select(i => new LabelledDocument(
            new TopicDocument("the same words every time", i % 2 == 0 ? "cg_age_12_17" : "cg_age_40_49"),
            i % 2 == 0 ? ["tapering"] : ["naloxone"])).ToList();
        var tagger = TopicModelTrainer.Train(_dir, examples, Taxonomy);

        Assert.Equal("tapering", tagger.Tag(new TopicDocument("the same words every time", "cg_age_12_17"))[0].TopicId);
        Assert.Equal("naloxone", tagger.Tag(new TopicDocument("the same words every time", "cg_age_40_49"))[0].TopicId);
    }

    [Fact]
    public void Too_little_data_leaves_the_tagger_unavailable_but_usable()
    {
        var tagger = TopicModelTrainer.Train(_dir, [Example("taper", ["tapering"])], Taxonomy);

        Assert.StartsWith("unavailable", tagger.Status.State);
        Assert.Empty(tagger.Tag(new TopicDocument("taper the oxycodone")));
    }

    [Fact]
    public void Tagging_is_safe_from_many_threads()
    {
        var tagger = TopicModelTrainer.Train(_dir, Examples(), Taxonomy);
        var results = Enumerable.Range(0, 200).AsParallel().WithDegreeOfParallelism(8)
            .Select(i => tagger.Tag(new TopicDocument(i % 2 == 0 ? "slow opioid taper" : "naloxone for overdose"))[0].TopicId).ToList();
        Assert.Equal(100, results.Count(r => r == "tapering"));
        Assert.Equal(100, results.Count(r => r == "naloxone"));
    }

    [Fact]
    public void Cross_validation_tags_every_case_with_a_model_that_never_saw_it()
    {
        var examples = Examples();

        var report = CaseGraph.Evaluation.TopicEvaluation.CrossValidate(examples, Taxonomy, folds: 3);

        Assert.Equal(examples.Count, report.Examples);
        Assert.Equal([6, 6, 1], report.Topics.Select(t => t.Support));
        Assert.All(report.Topics, t => Assert.Equal(t.Support, t.Score.TruePositives + t.Score.FalseNegatives));
        Assert.InRange(report.MacroF1, 0.3, 1.0); // the two well-separated topics are learnt
    }

    [Fact]
    public void Lda_discovers_seeded_themes_of_plain_words_in_the_bundled_cases()
    {
        var texts = CaseGraph.Indexing.Corpus.CorpusReader.Read(CaseGraph.Indexing.Hosting.RepositoryPaths.Default("corpus"))
            .Cases.Select(c => c.Item.SearchText).ToList();

        var first = TopicDiscovery.Discover(texts, topics: 6, topWords: 8);
        var again = TopicDiscovery.Discover(texts, topics: 6, topWords: 8);

        Assert.Equal(6, first.Count);
        Assert.All(first, t => Assert.Equal(8, t.TopWords.Distinct().Count()));
        Assert.All(first.SelectMany(t => t.TopWords), w => Assert.Matches("^[a-z0-9]+$", w));
        Assert.Equal(first.Select(t => string.Join(",", t.TopWords)), again.Select(t => string.Join(",", t.TopWords)));
        Assert.Empty(TopicDiscovery.Discover(["too few"], topics: 6));
    }

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }
}
