using System.Text.Json;
using CaseGraph.Api.Access;
using CaseGraph.Core.Access;

namespace CaseGraph.Api.Tests;

public class NewApiKeyCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("casegraph-keys").FullName;
    private string KeysFile => Path.Combine(_folder, "keys.json");

    [Fact]
    public void A_new_key_is_printed_once_and_only_its_hash_lands_in_the_keys_file()
    {
        var (code, output, _) = Run("--name", "alice", "--role", "Researcher", "--keys-file", KeysFile, "--permits-per-second", "50");
        Assert.Equal(0, code);
        var key = output.Split(": ")[^1].Trim();
        Assert.StartsWith(ApiKeys.Prefix, key);

        var file = File.ReadAllText(KeysFile);
        Assert.DoesNotContain(key, file);
        var entry = JsonDocument.Parse(file).RootElement.GetProperty("keys")[0];
        Assert.Equal("alice", entry.GetProperty("name").GetString());
        Assert.Equal("researcher", entry.GetProperty("role").GetString());
        Assert.Equal(ApiKeys.Hash(key), entry.GetProperty("sha256").GetString());
        Assert.Equal(50, entry.GetProperty("permitsPerSecond").GetInt32());

        Assert.Equal(0, Run("--name", "bob", "--role", "clinician", "--keys-file", KeysFile).Code);
        Assert.Equal(2, JsonDocument.Parse(File.ReadAllText(KeysFile)).RootElement.GetProperty("keys").GetArrayLength());
    }

    [Fact]
    public void A_taken_name_or_an_unknown_role_is_refused_and_the_file_is_untouched()
    {
        Run("--name", "alice", "--role", "faculty", "--keys-file", KeysFile);
        var before = File.ReadAllText(KeysFile);

        var (taken, _, takenError) = Run("--name", "ALICE", "--role", "faculty", "--keys-file", KeysFile);
        Assert.Equal(1, taken);
        Assert.Contains("already has a key named", takenError);
        var (badRole, _, roleError) = Run("--name", "carol", "--role", "admin", "--keys-file", KeysFile);
        Assert.Equal(2, badRole);
        Assert.Contains("--role must be", roleError);
        Assert.Equal(2, Run("--name", "dan").Code);
        Assert.Equal(before, File.ReadAllText(KeysFile));
    }

    [Fact]
    public void Without_a_keys_file_it_prints_the_entry_for_settings()
    {
        var (code, output, _) = Run("--name", "erin", "--role", "clinician");
        Assert.Equal(0, code);
        Assert.Contains("\"sha256\":", output);
        Assert.False(File.Exists(KeysFile));
    }

    [Fact]
    public void The_keys_folder_docker_compose_mounts_is_made_when_missing()
    {
        var inFolder = Path.Combine(_folder, "keys", "keys.json");

        Assert.Equal(0, Run("--name", "frank", "--role", "faculty", "--keys-file", inFolder).Code);

        Assert.Single(JsonDocument.Parse(File.ReadAllText(inFolder)).RootElement.GetProperty("keys").EnumerateArray());
    }

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = NewApiKeyCommand.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
