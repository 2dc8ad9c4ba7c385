using System.Xml.Linq;
using CaseGraph.Indexing.Hosting;

namespace CaseGraph.Api.Tests.Startup;

/// <summary>
/// <c>dotnet run --project src/CaseGraph.Api -- --corpus corpus</c> typed at the repository root: the Web SDK starts a web
/// project in its own folder, where ./corpus is not. The API project turns that off, so the service starts in the folder
/// the command was typed in and reads relative paths from there (its settings and pages come from its own folder).
/// </summary>
public class RunFolderTests
{
    [Fact]
    public void Dotnet_run_starts_the_api_in_the_folder_it_was_typed_in()
    {
        var project = XDocument.Load(Path.Combine(RepositoryPaths.Default("src"), "CaseGraph.Api", "CaseGraph.Api.csproj"));

        Assert.Equal("false", project.Descendants("EnableDefaultRunWorkingDirectory").Single().Value);
        Assert.Empty(project.Descendants("RunWorkingDirectory"));
    }
}
