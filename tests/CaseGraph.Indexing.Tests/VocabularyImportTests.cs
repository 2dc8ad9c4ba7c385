using CaseGraph.Core.Corpus;
using CaseGraph.Indexing.Corpus;
using CaseGraph.Indexing.Hosting;

namespace CaseGraph.Indexing.Tests;

public class VocabularyImportTests
{
    private static readonly string Corpus = RepositoryPaths.Default("corpus");
    private static readonly string Reference = Path.GetFullPath(Path.Combine(Corpus, "..", "..", "shared", "data", "opioid-cds"));

    [SkippableFact]
    public void The_committed_import_is_what_the_importer_makes_from_the_reference_data()
    {
        Skip.IfNot(File.Exists(Path.Combine(Reference, "OMTKData.cql")), $"reference data not found at {Reference}");

        var fresh = VocabularyImport.Build(Reference, Corpus);

        Assert.Equal(fresh, File.ReadAllText(Path.Combine(Corpus, "vocabulary", VocabularyImport.OutputFile)));
    }

    [Fact]
    public void The_imported_brands_resolve_in_the_bundled_vocabulary()
    {
        var snapshot = CorpusReader.Read(Corpus);

        Assert.Equal("meperidine", snapshot.Vocabulary.Resolve("Demerol")?.Id);
        Assert.Equal("hydrocodone-extended-release", snapshot.Vocabulary.Resolve("Tussionex")?.Id);
        Assert.Equal("opioid-use-disorder", snapshot.Vocabulary.Resolve("nondependent opioid abuse")?.Id);
        Assert.Equal("benzodiazepines", snapshot.Vocabulary.Find("estazolam")?.Parents.Single());
    }
}
