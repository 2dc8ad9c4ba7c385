using CaseGraph.Core.Access;
using Microsoft.AspNetCore.Hosting;

namespace CaseGraph.Api.Tests;

/// <summary>The API with one key per role in settings, a keys file for rotation, and no anonymous access.</summary>
public class SecuredApiFactory : ApiFactory
{
    public static readonly string FacultyKey = ApiKeys.NewKey(), ClinicianKey = ApiKeys.NewKey(), ResearcherKey = ApiKeys.NewKey();

    public string KeysFile => Path.Combine(Corpus.Root, "api-keys.json");

    public static string KeyOf(Role role) => role switch
    {
        Role.Faculty => FacultyKey,
        Role.Clinician => ClinicianKey,
        _ => ResearcherKey,
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("CaseGraph:Auth:AnonymousRole", "none");
        builder.UseSetting("CaseGraph:Auth:KeysFile", KeysFile);
        var i = 0;
        foreach (var role in Enum.GetValues<Role>())
        {
            builder.UseSetting($"CaseGraph:Auth:Keys:{i}:Name", role.ToSlug() + "-test");
            builder.UseSetting($"CaseGraph:Auth:Keys:{i}:Role", role.ToSlug());
            builder.UseSetting($"CaseGraph:Auth:Keys:{i++}:Sha256", ApiKeys.Hash(KeyOf(role)));
        }
    }

    public override Task InitializeAsync()
    {
        File.WriteAllText(KeysFile, """{"keys": []}""");
        return base.InitializeAsync();
    }
}
