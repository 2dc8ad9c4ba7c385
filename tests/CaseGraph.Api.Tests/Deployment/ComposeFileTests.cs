using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace CaseGraph.Api.Tests.Deployment;

/// <summary>
/// docker-compose.yml's production shape, read statically: every service restarts, the API and worker have health checks
/// that run their own health commands, Neo4j's password has no default, Bolt is published, the image is 5.26 or later,
/// the keys file is read from a mounted folder, and the volumes the images write are their unprivileged user's.
/// </summary>
public partial class ComposeFileTests
{
    private static readonly ComposeFile Compose = ComposeFile.Load();

    [Theory]
    [InlineData("neo4j")]
    [InlineData("worker")]
    [InlineData("api")]
    public void Every_service_restarts_unless_stopped(string service) =>
        Assert.Equal("unless-stopped", ComposeFile.Scalar(Compose.Service(service), "restart"));

    [Theory]
    [InlineData("api", "src/CaseGraph.Api/Dockerfile")]
    [InlineData("worker", "src/CaseGraph.Worker/Dockerfile")]
    public void The_api_and_the_worker_are_checked_by_their_own_health_command(string service, string dockerfile)
    {
        var check = (YamlMappingNode)Compose.Service(service)["healthcheck"];
        var test = ComposeFile.Strings(check, "test");
        var entrypoint = Dockerfile.ExecForm(Dockerfile.Load(dockerfile).Final.Last(i => i.Keyword == "ENTRYPOINT"));

        Assert.Equal(["CMD", entrypoint[0], entrypoint[1], "health"], test); // the image's own program: no curl needed
        foreach (var key in new[] { "interval", "timeout", "start_period", "retries" }) Assert.NotNull(ComposeFile.Scalar(check, key));
        Assert.Equal(dockerfile, ComposeFile.Scalar((YamlMappingNode)Compose.Service(service)["build"], "dockerfile"));
    }

    [Fact]
    public void Neo4j_s_password_must_be_set_and_has_no_default()
    {
        const string Required = "${NEO4J_PASSWORD:?set NEO4J_PASSWORD}";
        var uses = NeoPassword().Matches(Compose.Text).Select(m => m.Value).ToList();

        Assert.Equal(3, uses.Count);
        Assert.All(uses, use => Assert.Equal(Required, use));
        Assert.Equal("neo4j/" + Required, Compose.Environment("neo4j", "NEO4J_AUTH"));
        Assert.Equal(Required, Compose.Environment("worker", "Graph__Neo4j__Password"));
        Assert.Equal(Required, Compose.Environment("api", "Graph__Neo4j__Password"));
    }

    [Fact]
    public void Neo4j_is_5_26_or_later_and_publishes_bolt_beside_http()
    {
        var image = ComposeFile.Scalar(Compose.Service("neo4j"), "image")!;
        var version = Neo4jImage().Match(image);

        Assert.True(version.Success, $"{image} is not a pinned neo4j:5.x-community tag");
        Assert.True(int.Parse(version.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) >= 26, $"{image}: the Query API's explicit transactions need 5.26");
        Assert.Contains("7474:7474", ComposeFile.Strings(Compose.Service("neo4j"), "ports"));
        Assert.Contains("7687:7687", ComposeFile.Strings(Compose.Service("neo4j"), "ports"));
        Assert.Contains("(Neo4j 5.26 or later)", Compose.Text);
        Assert.DoesNotContain("5.19", Compose.Text);
    }

    [Fact]
    public void The_keys_file_is_read_from_a_mounted_folder_so_a_rename_is_seen()
    {
        var keysFile = Compose.Environment("api", "CaseGraph__Auth__KeysFile")!;
        var folder = keysFile[..keysFile.LastIndexOf('/')];
        var volumes = Compose.Volumes("api");

        var mount = Assert.Single(volumes, v => v.Target == folder);
        Assert.True(mount.ReadOnly);
        Assert.DoesNotContain(volumes, v => v.Target == keysFile || v.Source.EndsWith(".json}", StringComparison.Ordinal) || v.Source.EndsWith(".json", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("api", "src/CaseGraph.Api/Dockerfile")]
    [InlineData("worker", "src/CaseGraph.Worker/Dockerfile")]
    public void Every_named_volume_the_image_writes_is_owned_by_its_user(string service, string dockerfile)
    {
        var final = Dockerfile.Load(dockerfile).Final;
        var user = final.Last(i => i.Keyword == "USER").Arguments;
        var chowns = final.Where(i => i.Keyword == "RUN" && i.Arguments.Contains("chown", StringComparison.Ordinal)).Select(i => i.Arguments).ToList();
        var written = Compose.Volumes(service).Where(v => v.Named && !v.ReadOnly).ToList();

        Assert.NotEmpty(written);
        foreach (var volume in written)
            Assert.Contains(chowns, run => run.Split(' ').Contains(volume.Target)
                && (run.Contains($"chown \"{user}\"", StringComparison.Ordinal) || run.Contains($"chown {user}", StringComparison.Ordinal)));
    }

    [GeneratedRegex(@"\$\{NEO4J_PASSWORD[^}]*\}")]
    private static partial Regex NeoPassword();

    [GeneratedRegex(@"^neo4j:5\.(\d+)(\.\d+)?-community$")]
    private static partial Regex Neo4jImage();
}
