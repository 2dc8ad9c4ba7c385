using CaseGraph.Core.Privacy;
using CaseGraph.Evaluation;
using CaseGraph.Indexing.Hosting;
using CaseGraph.Indexing.Privacy;

namespace CaseGraph.Indexing.Tests;

/// <summary>The trained name tagger that ships with the screen: made from the committed sets, and finding names the
/// rules alone miss in sentences written here (not from any evaluation set) while clinical prose passes.</summary>
public sealed class NameTaggerModelTests : IDisposable
{
    private static readonly Corpus.CorpusSnapshot Bundled = Corpus.CorpusReader.Read(RepositoryPaths.Default("corpus"));
    private static readonly PhiLexicon Lexicon = PhiLexicons.From(Bundled.Vocabulary);
    private readonly string _folder = Directory.CreateTempSubdirectory("casegraph-names").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_bundled_model_is_what_train_names_makes_from_the_committed_sets()
    {
        var root = Path.GetDirectoryName(RepositoryPaths.Default("bench"))!;
        var retrained = NameTaggerModel.Train(NameTaggerTrainingData.Examples(root, Bundled), Lexicon, Path.Combine(_folder, "name-tagger.zip"));
        var bundled = NameTaggerModel.Bundled()!;

        var features = new List<int>();
        var words = 0;
        foreach (var sentence in PhiEvaluation.Load(Path.Combine(root, "bench", "quality", "phi", "seventh", "international-identifiers.jsonl")))
        {
            var infos = NameTokenFeatures.Describe(sentence.Text, NameTokenFeatures.Tokens(sentence.Text), Lexicon);
            for (var i = 0; i < infos.Length; i++, words++)
                Assert.Equal(bundled.NameProbability(infos, i, features), retrained.NameProbability(infos, i, features), 3);
        }
        Assert.True(words > 2000);
    }

    [Theory]
    [InlineData("Tomasz from the pharmacy called about the early refill.", "Tomasz")]
    [InlineData("Keanu at the front desk rebooked the missed dose.", "Keanu")]
    [InlineData("Imani from the shelter says the pt slept in her car.", "Imani")]
    public void It_finds_names_the_rules_alone_miss(string text, string name)
    {
        var rulesAlone = new PhiDetector(Lexicon);
        var withTagger = PhiLexicons.Detector(Bundled.Vocabulary);

        Assert.DoesNotContain(rulesAlone.Scan(text), f => text[f.Start..f.End].Contains(name));
        var found = Assert.Single(withTagger.Scan(text), f => text[f.Start..f.End].Contains(name));
        Assert.Equal((PhiKind.Name, PhiConfidence.Likely), (found.Kind, found.Confidence));
    }

    [Theory]
    [InlineData("Tapering plan reviewed with the Oswestry score and the PEG scale at each visit.")]
    [InlineData("Grace period for the Medicaid prior authorization ends Friday; Will call the pharmacy.")]
    [InlineData("Started Sublocade after induction with Suboxone; Narcan kit given.")]
    [InlineData("Discussed the Beers criteria and the Glasgow Coma Scale with the team in Ontario.")]
    [InlineData("Nova Scotia and British Columbia fund safer supply pilots.")]
    [InlineData("Take-homes are doubled before Independence Day and St Patrick's Day.")]
    [InlineData("Autumn was the season when the symptoms began.")] // a name that is also a word, said to be a thing
    [InlineData("Brandy was his drink of choice before sobriety.")]
    [InlineData("Destiny was not a word he used; he said the relapse was his choice.")]
    [InlineData("Dawn is the hardest time of day for her cravings.")]
    public void Clinical_prose_without_a_person_passes(string text) =>
        Assert.Empty(PhiLexicons.Detector(Bundled.Vocabulary).Scan(text));

    [Theory]
    [InlineData("Hope is the peer coach who runs the Tuesday group.", "Hope")]
    [InlineData("Amber was the nurse who gave the naloxone.", "Amber")]
    [InlineData("Rose is the daughter who manages the pillbox.", "Rose")]
    public void A_name_that_is_also_a_word_said_to_be_a_person_or_role_is_still_found(string text, string name) =>
        Assert.Contains(PhiLexicons.Detector(Bundled.Vocabulary).Scan(text), f => text[f.Start..f.End] == name);
}
