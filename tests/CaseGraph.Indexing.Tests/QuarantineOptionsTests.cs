using CaseGraph.Indexing.Hosting;
using CaseGraph.Tests.Shared;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CaseGraph.Indexing.Tests;

/// <summary>CaseGraph:Quarantine:Folder is bound, validated on start, and never lies inside the corpus.</summary>
public sealed class QuarantineOptionsTests : IDisposable
{
    private readonly TestCorpus _corpus = new();

    public void Dispose() => _corpus.Dispose();

    private ServiceProvider Services(string? folder)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["CaseGraph:CorpusPath"] = _corpus.CorpusDir,
            ["CaseGraph:IndexesPath"] = _corpus.IndexesDir,
            ["CaseGraph:Quarantine:Folder"] = folder,
        }).Build();
        return new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration).AddCaseGraphIndexing(configuration).BuildServiceProvider();
    }

    [Fact]
    public void Unset_it_is_quarantine_under_the_indexes_folder()
    {
        using var services = Services(null);

        Assert.Equal(Path.Combine(Path.GetFullPath(_corpus.IndexesDir), "quarantine"), services.GetRequiredService<IndexPaths>().Quarantine);
    }

    [Fact]
    public void A_configured_folder_is_where_copies_go()
    {
        var folder = Path.Combine(_corpus.Root, "held");
        using var services = Services(folder);

        Assert.Equal(folder, services.GetRequiredService<IndexPaths>().Quarantine);
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("CORPUS/quarantine")]
    [InlineData("CORPUS")]
    public void A_blank_folder_or_one_inside_the_corpus_fails_validation_naming_the_key(string folder)
    {
        using var services = Services(folder.Replace("CORPUS", _corpus.CorpusDir));

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<IndexingOptions>>().Value);
        Assert.Contains("CaseGraph:Quarantine:Folder", error.Message);
    }
}
