using CaseGraph.Api.Access;
using CaseGraph.Api.Tests.ReadModel;
using CaseGraph.Indexing.Hosting;
using CaseGraph.Tests.Shared;
using Microsoft.Extensions.Options;

namespace CaseGraph.Api.Tests.Startup;

/// <summary>
/// A keys file that is missing, or is a folder (what Docker makes of a bind-mounted file that is missing), stops the API
/// at start with the reason and exit code 1, not an abort (exit code 134) with a stack trace.
/// </summary>
public sealed class KeysFileAtStartTests : IDisposable
{
    private readonly TestCorpus _corpus = new();

    public void Dispose() => _corpus.Dispose();

    private string KeysFile => Path.Combine(_corpus.Root, "keys", "keys.json");

    [Theory]
    [InlineData(true, "is a folder, not a file. Docker makes a folder where a bind-mounted file is missing")]
    [InlineData(false, "does not exist. Make one with `dotnet run --project src/CaseGraph.Api -- new-api-key")]
    public void A_missing_keys_file_or_a_folder_in_its_place_stops_the_service_with_the_reason_and_exit_code_1(bool folder, string reason)
    {
        if (folder) Directory.CreateDirectory(KeysFile);
        using var api = HostProcess.Start("CaseGraph.Api", "CaseGraph.Api", ["--corpus", "corpus", "--indexes", "indexes", "--urls", "http://127.0.0.1:0"],
            new Dictionary<string, string> { ["CaseGraph__Auth__KeysFile"] = "keys/keys.json", ["CaseGraph__Semantic__Enabled"] = "false" },
            workingDirectory: _corpus.Root);

        Assert.True(api.WaitForExit(TimeSpan.FromSeconds(60)), "the service kept running:\n" + api.Output);

        Assert.Equal(StartFailures.ExitCode, api.ExitCode);
        Assert.Contains($"CaseGraph cannot start: CaseGraph:Auth:KeysFile must name a keys file: {KeysFile} {reason}", api.Output);
        Assert.DoesNotContain("Unhandled exception", api.Output);
    }

    [Fact]
    public void The_key_store_refuses_to_start_without_its_file_and_names_it()
    {
        Directory.CreateDirectory(KeysFile);
        var store = new ApiKeyStore(new FixedMonitor(new AccessOptions { KeysFile = KeysFile }),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<ApiKeyStore>.Instance, TimeProvider.System);

        var failure = Assert.Throws<StartFailureException>(() => store.LoadAtStart());

        Assert.Equal(ApiKeyStore.KeysFileProblem(KeysFile), failure.Message);
        Assert.Equal([failure.Message], StartFailures.ReasonsOf(failure));
    }

    [Fact]
    public void Settings_that_fail_validation_are_start_failures_and_a_bug_is_not()
    {
        var invalid = new OptionsValidationException("CaseGraph", typeof(object), ["CaseGraph:CorpusPath (--corpus) must be set", "other rule"]);

        Assert.Equal(["CaseGraph:CorpusPath (--corpus) must be set", "other rule"], StartFailures.ReasonsOf(new AggregateException(invalid)));
        Assert.Empty(StartFailures.ReasonsOf(new NullReferenceException()));
        Assert.Empty(StartFailures.ReasonsOf(new AggregateException(invalid, new NullReferenceException())));
    }

    private sealed class FixedMonitor(AccessOptions value) : IOptionsMonitor<AccessOptions>
    {
        public AccessOptions CurrentValue => value;
        public AccessOptions Get(string? name) => value;
        public IDisposable? OnChange(Action<AccessOptions, string?> listener) => null;
    }
}
