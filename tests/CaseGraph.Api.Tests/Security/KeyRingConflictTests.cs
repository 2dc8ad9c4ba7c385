using System.Net;
using System.Text.Json;
using CaseGraph.Core.Access;
using CaseGraph.Tests.Shared;
using Microsoft.AspNetCore.Hosting;

namespace CaseGraph.Api.Tests.Security;

/// <summary>Finding 8: one key hash never gets two roles, whichever entry is read last.</summary>
public class KeyRingConflictTests(SecuredApiFactory factory) : IClassFixture<SecuredApiFactory>
{
    private static readonly string CaseId = TestCorpus.Cases[0].Id;

    [Fact]
    public async Task A_keys_file_giving_one_hash_two_roles_is_refused_and_the_keys_before_it_stay()
    {
        var key = ApiKeys.NewKey();
        WriteKeys(("reader", "researcher", key));
        await EventuallyAsync(key, "/api/topics/trends", HttpStatusCode.OK);

        WriteKeys(("reader", "researcher", key), ("reader-as-faculty", "faculty", key));
        await Task.Delay(1_300); // the file is checked once a second
        using var client = factory.Client(key);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/cases/{CaseId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/topics/trends")).StatusCode);
    }

    [Fact]
    public async Task A_keys_file_entry_with_the_hash_of_a_settings_key_but_another_role_disables_that_key()
    {
        var key = ApiKeys.NewKey();
        WriteKeys(("clash", "researcher", SecuredApiFactory.ClinicianKey), ("other", "researcher", key));
        await EventuallyAsync(key, "/api/topics/trends", HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.Client(SecuredApiFactory.ClinicianKey).GetAsync("/api/topics/trends")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.Client(SecuredApiFactory.ClinicianKey).GetAsync("/api/search?q=pain")).StatusCode);
        WriteKeys();
        await EventuallyAsync(SecuredApiFactory.ClinicianKey, "/api/search?q=pain", HttpStatusCode.OK);
    }

    [Fact]
    public void Settings_giving_one_hash_two_roles_stop_the_service_at_start()
    {
        using var clash = new DuplicateSettingsKeyFactory();
        var error = Assert.ThrowsAny<Exception>(() => clash.StartServer());
        Assert.Contains("Sha256 is also the hash of key", error.ToString());
    }

    private sealed class DuplicateSettingsKeyFactory : ApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            var hash = ApiKeys.Hash(ApiKeys.NewKey());
            builder.UseSetting("CaseGraph:Auth:Keys:0:Name", "a");
            builder.UseSetting("CaseGraph:Auth:Keys:0:Role", "researcher");
            builder.UseSetting("CaseGraph:Auth:Keys:0:Sha256", hash);
            builder.UseSetting("CaseGraph:Auth:Keys:1:Name", "b");
            builder.UseSetting("CaseGraph:Auth:Keys:1:Role", "faculty");
            builder.UseSetting("CaseGraph:Auth:Keys:1:Sha256", hash);
        }
    }

    private void WriteKeys(params (string Name, string Role, string Key)[] keys) =>
        File.WriteAllText(factory.KeysFile, JsonSerializer.Serialize(new
        {
            keys = keys.Select(k => new { name = k.Name, role = k.Role, sha256 = ApiKeys.Hash(k.Key) }),
        }));

    private async Task EventuallyAsync(string key, string path, HttpStatusCode expected)
    {
        using var client = factory.Client(key);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while ((await client.GetAsync(path)).StatusCode != expected)
        {
            Assert.True(DateTime.UtcNow < deadline, $"{path} did not answer {expected} within 10 s");
            await Task.Delay(100);
        }
    }
}
