using System.Xml.Linq;
using CaseGraph.Indexing.Hosting;

namespace CaseGraph.Api.Tests.Deployment;

/// <summary>The API's and the worker's Dockerfiles: they run as an unprivileged user, and restore from the project files
/// before the sources are copied, so a source edit reuses the restored layer.</summary>
public class DockerfileTests
{
    public static TheoryData<string, string> Images => new()
    {
        { "src/CaseGraph.Api/Dockerfile", "src/CaseGraph.Api/CaseGraph.Api.csproj" },
        { "src/CaseGraph.Worker/Dockerfile", "src/CaseGraph.Worker/CaseGraph.Worker.csproj" },
    };

    [Theory]
    [MemberData(nameof(Images))]
    public void The_image_runs_as_a_user_other_than_root(string dockerfile, string _)
    {
        var user = Dockerfile.Load(dockerfile).Final.LastOrDefault(i => i.Keyword == "USER")?.Arguments;

        Assert.NotNull(user);
        Assert.True(user is "$APP_UID" or "${APP_UID}" || (int.TryParse(user.Split(':')[0], out var uid) ? uid > 0 : user.Split(':')[0] != "root"),
            $"USER {user} is root");
    }

    [Theory]
    [MemberData(nameof(Images))]
    public void Restore_runs_on_the_project_files_before_the_sources_are_copied(string dockerfile, string project)
    {
        var build = Dockerfile.Load(dockerfile).Build;
        var restore = build.ToList().FindIndex(i => i.Keyword == "RUN" && i.Arguments.StartsWith("dotnet restore", StringComparison.Ordinal));
        var publish = build.ToList().FindIndex(i => i.Keyword == "RUN" && i.Arguments.StartsWith("dotnet publish", StringComparison.Ordinal));
        var copies = build.Select((instruction, index) => (instruction, index)).Where(c => c.instruction.Keyword == "COPY").ToList();

        Assert.True(restore >= 0, "no dotnet restore");
        Assert.Contains(project, build[restore].Arguments);
        Assert.All(copies.Where(c => c.index < restore).SelectMany(c => Dockerfile.Sources(c.instruction)), source => Assert.True(
            source.EndsWith(".csproj", StringComparison.Ordinal) || source.EndsWith(".props", StringComparison.Ordinal)
            || source.EndsWith(".sln", StringComparison.Ordinal) || source == "global.json", $"{source} is copied before the restore"));
        Assert.Contains(copies, c => c.index > restore && c.index < publish);
        Assert.DoesNotContain(copies, c => Dockerfile.Sources(c.instruction).Contains("."));
        Assert.Contains("--no-restore", build[publish].Arguments);
    }

    [Theory]
    [MemberData(nameof(Images))]
    public void Every_project_the_image_builds_is_copied_before_the_restore(string dockerfile, string project)
    {
        var build = Dockerfile.Load(dockerfile).Build;
        var restore = build.ToList().FindIndex(i => i.Keyword == "RUN" && i.Arguments.StartsWith("dotnet restore", StringComparison.Ordinal));
        var copied = build.Take(restore).Where(i => i.Keyword == "COPY").SelectMany(Dockerfile.Sources).ToHashSet();

        Assert.All(ProjectClosure(project), needed => Assert.Contains(needed, copied));
        Assert.Contains("Directory.Packages.props", copied);
        Assert.Contains("Directory.Build.props", copied);
    }

    /// <summary>The project and every project it references, directly or not, as repository-relative paths.</summary>
    private static SortedSet<string> ProjectClosure(string project)
    {
        var root = RepositoryPaths.Default("");
        var found = new SortedSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([project]);
        while (pending.TryPop(out var next))
        {
            if (!found.Add(next)) continue;
            var folder = Path.GetDirectoryName(Path.Combine(root, next))!;
            foreach (var reference in XDocument.Load(Path.Combine(root, next)).Descendants("ProjectReference"))
                pending.Push(Path.GetRelativePath(root, Path.GetFullPath(Path.Combine(folder, reference.Attribute("Include")!.Value))).Replace('\\', '/'));
        }
        return found;
    }
}
