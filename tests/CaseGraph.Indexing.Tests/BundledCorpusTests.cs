using CaseGraph.Core.Model;
using CaseGraph.Indexing.Corpus;
using CaseGraph.Indexing.Hosting;

namespace CaseGraph.Indexing.Tests;

/// <summary>The corpus shipped in corpus/ must read cleanly and be large enough to be useful.</summary>
public class BundledCorpusTests
{
    private static readonly CorpusSnapshot Bundled = CorpusReader.Read(RepositoryPaths.Default("corpus"));

    [Fact]
    public void Reads_without_a_single_problem() => Assert.Empty(Bundled.Errors);

    [Fact]
    public void Holds_enough_cases_passages_and_concepts()
    {
        Assert.True(Bundled.Cases.Count >= 20, $"{Bundled.Cases.Count} cases");
        Assert.True(Bundled.Passages.Count >= 24, $"{Bundled.Passages.Count} passages");
        Assert.True(Bundled.Vocabulary.Concepts.Count >= 80, $"{Bundled.Vocabulary.Concepts.Count} concepts");
        foreach (var kind in Enum.GetValues<ConceptKind>()) Assert.Contains(Bundled.Vocabulary.Concepts, c => c.Kind == kind);
    }

    [Fact]
    public void Every_case_names_at_least_one_vocabulary_concept()
    {
        var matcher = Bundled.Vocabulary.Matcher;
        Assert.All(Bundled.Cases, c => Assert.NotEmpty(matcher.Match(c.Item.SearchText)));
    }
}
