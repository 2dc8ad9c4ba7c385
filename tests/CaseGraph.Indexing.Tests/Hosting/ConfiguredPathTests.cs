using CaseGraph.Indexing.Hosting;

namespace CaseGraph.Indexing.Tests.Hosting;

/// <summary>Relative paths on the command line or in settings are read against the folder the host was started from, and a
/// missing one is named by the absolute path that was looked for.</summary>
public sealed class ConfiguredPathTests : IDisposable
{
    private readonly string _start = Directory.CreateTempSubdirectory("casegraph-start").FullName;

    public void Dispose() => Directory.Delete(_start, recursive: true);

    [Theory]
    [InlineData("corpus", "corpus")]
    [InlineData("./corpus", "corpus")]
    [InlineData("data/../corpus", "corpus")]
    [InlineData("indexes/", "indexes/")]
    public void A_relative_path_is_read_against_the_start_folder(string given, string underStart) =>
        Assert.Equal(Path.Combine(_start, underStart), ConfiguredPath.Resolve(given, _start));

    [Fact]
    public void An_absolute_path_stays_and_an_unset_one_is_left_to_its_own_rule()
    {
        var elsewhere = Path.Combine(Path.GetTempPath(), "elsewhere", "corpus");
        Assert.Equal(elsewhere, ConfiguredPath.Resolve(elsewhere, _start));
        Assert.Null(ConfiguredPath.Resolve(null, _start));
        Assert.Equal("", ConfiguredPath.Resolve("", _start));
    }

    [Fact]
    public void Every_path_of_the_indexing_options_is_resolved()
    {
        var options = new IndexingOptions { CorpusPath = "corpus", IndexesPath = "../indexes", Quarantine = new() { Folder = "held" } };

        options.ResolvePaths(_start);

        Assert.Equal(Path.Combine(_start, "corpus"), options.CorpusPath);
        Assert.Equal(Path.GetFullPath(Path.Combine(_start, "..", "indexes")), options.IndexesPath);
        Assert.Equal(Path.Combine(_start, "held"), options.Quarantine.Folder);
    }

    [Fact]
    public void A_missing_corpus_folder_is_named_by_its_absolute_path_and_a_present_one_passes()
    {
        var options = new IndexingOptions { CorpusPath = "corpus", IndexesPath = "indexes" };
        options.ResolvePaths(_start);
        var expected = Path.Combine(_start, "corpus");

        Assert.Contains($"CaseGraph:CorpusPath (--corpus) must name an existing corpus folder: {expected} does not exist", options.Validate());

        File.WriteAllText(expected, "not a folder");
        Assert.Contains($"CaseGraph:CorpusPath (--corpus) must name an existing corpus folder: {expected} is a file, not a folder", options.Validate());

        File.Delete(expected);
        Directory.CreateDirectory(expected);
        Assert.Empty(options.Validate());
    }

    [Fact]
    public void A_file_setting_that_names_a_folder_says_so()
    {
        var keys = Path.Combine(_start, "keys.json");
        Assert.Equal($"{keys} does not exist", ConfiguredPath.NotAFile(keys));
        Directory.CreateDirectory(keys);
        Assert.Equal($"{keys} is a folder, not a file", ConfiguredPath.NotAFile(keys));
    }
}
