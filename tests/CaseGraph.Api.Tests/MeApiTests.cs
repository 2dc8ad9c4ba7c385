using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaseGraph.Core.Access;

namespace CaseGraph.Api.Tests;

/// <summary>GET /api/me: the caller's role and the pages it may use, by the same levels the endpoints require.</summary>
public class MeApiTests(SecuredApiFactory factory) : IClassFixture<SecuredApiFactory>
{
    [Theory]
    [InlineData(Role.Faculty, true, true, true, true)]
    [InlineData(Role.Clinician, true, true, false, false)]
    [InlineData(Role.Researcher, false, false, true, false)]
    public async Task Each_role_is_told_its_name_role_and_pages(Role role, bool search, bool workbench, bool trends, bool cases)
    {
        var me = await factory.Client(SecuredApiFactory.KeyOf(role)).GetFromJsonAsync<JsonElement>("/api/me");
        Assert.Equal(role.ToSlug() + "-test", me.GetProperty("name").GetString());
        Assert.Equal(role.ToSlug(), me.GetProperty("role").GetString());
        var may = me.GetProperty("may");
        Assert.Equal((search, workbench, trends, cases),
            (may.GetProperty("search").GetBoolean(), may.GetProperty("workbench").GetBoolean(), may.GetProperty("trends").GetBoolean(), may.GetProperty("cases").GetBoolean()));
    }

    [Fact]
    public async Task What_it_offers_agrees_with_what_the_api_answers()
    {
        foreach (var role in Enum.GetValues<Role>())
        {
            using var client = factory.Client(SecuredApiFactory.KeyOf(role));
            var may = (await client.GetFromJsonAsync<JsonElement>("/api/me")).GetProperty("may");
            Assert.Equal(may.GetProperty("search").GetBoolean(), (await client.GetAsync("/api/search?q=pain")).IsSuccessStatusCode);
            Assert.Equal(may.GetProperty("trends").GetBoolean(), (await client.GetAsync("/api/topics/trends")).IsSuccessStatusCode);
            Assert.Equal(may.GetProperty("cases").GetBoolean(), (await client.GetAsync($"/api/cases/{CaseGraph.Tests.Shared.TestCorpus.Cases[0].Id}")).IsSuccessStatusCode);
            Assert.Equal(may.GetProperty("workbench").GetBoolean(),
                (await client.PostAsJsonAsync("/api/phi/scan", new { text = "Back pain." })).IsSuccessStatusCode);
        }
    }

    [Fact]
    public async Task Without_a_key_it_is_401()
    {
        using var response = await factory.Client().GetAsync("/api/me");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
