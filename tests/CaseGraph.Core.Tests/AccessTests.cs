using CaseGraph.Core.Access;
using Raw = CaseGraph.Core.Access.KeyEntryValidation.RawKeyEntry;

namespace CaseGraph.Core.Tests;

public class AccessTests
{
    [Theory]
    [InlineData("faculty", Role.Faculty)]
    [InlineData(" Clinician ", Role.Clinician)]
    [InlineData("RESEARCHER", Role.Researcher)]
    public void Roles_parse_by_name_in_any_case(string text, Role expected)
    {
        Assert.True(Roles.TryParse(text, out var role));
        Assert.Equal(expected, role);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("admin")]
    [InlineData("")]
    [InlineData(null)]
    public void Numbers_and_unknown_names_are_not_roles(string? text) => Assert.False(Roles.TryParse(text, out _));

    [Fact]
    public void Researchers_never_reach_case_text_and_clinicians_never_reach_aggregates()
    {
        Assert.DoesNotContain(Role.Researcher, AccessLevel.Clinical.Allowed());
        Assert.DoesNotContain(Role.Researcher, AccessLevel.FacultyOnly.Allowed());
        Assert.DoesNotContain(Role.Clinician, AccessLevel.Aggregates.Allowed());
        Assert.All(Enum.GetValues<AccessLevel>(), level => Assert.Contains(Role.Faculty, level.Allowed()));
    }

    [Fact]
    public void A_key_is_found_by_its_hash_and_the_ring_never_holds_the_key()
    {
        var key = ApiKeys.NewKey();
        var entry = new ApiKeyEntry("alice", Role.Researcher, ApiKeys.Hash(key));
        var ring = new ApiKeyRing([entry]);

        Assert.StartsWith(ApiKeys.Prefix, key);
        Assert.True(key.Length >= 43);
        Assert.NotEqual(key, ApiKeys.NewKey());
        Assert.True(ApiKeys.IsHash(entry.Sha256));
        Assert.Same(entry, ring.Find(key));
        Assert.Null(ring.Find(key + "x"));
        Assert.Null(ring.Find(""));
        Assert.Null(ring.Find(new string('k', 10_000)));
        Assert.DoesNotContain(ring.Entries, e => e.Sha256.Contains(key, StringComparison.Ordinal));
    }

    [Fact]
    public void Key_entries_with_any_error_are_rejected_whole_with_a_reason_each()
    {
        var good = new Raw { Name = "a", Role = "faculty", Sha256 = ApiKeys.Hash("k") };
        var (entries, errors) = KeyEntryValidation.Validate([good,
            new Raw { Name = "a", Role = "faculty", Sha256 = ApiKeys.Hash("k2") },
            new Raw { Name = "b", Role = "admin", Sha256 = "abc" },
            new Raw { Role = "clinician", Sha256 = ApiKeys.Hash("k3"), PermitsPerSecond = 0 }], "keys file f.json");

        Assert.Empty(entries);
        Assert.Contains(errors, e => e.Contains("used twice"));
        Assert.Contains(errors, e => e.Contains("Role must be"));
        Assert.Contains(errors, e => e.Contains("64 hex digits"));
        Assert.Contains(errors, e => e.Contains("Name is required"));
        Assert.Contains(errors, e => e.Contains("PermitsPerSecond"));
        Assert.All(errors, e => Assert.StartsWith("keys file f.json", e));

        var (valid, none) = KeyEntryValidation.Validate([good], "settings");
        Assert.Empty(none);
        Assert.Equal(Role.Faculty, Assert.Single(valid).Role);
    }

    [Theory]
    [InlineData("http://localhost:5080", true)]
    [InlineData("http://127.0.0.1:8080", true)]
    [InlineData("http://127.0.0.2:8080", true)]
    [InlineData("http://[::1]:5000", true)]
    [InlineData("https://LOCALHOST", true)]
    [InlineData("http://0.0.0.0:8080", false)]
    [InlineData("http://[::]:8080", false)]
    [InlineData("http://*:80", false)]
    [InlineData("http://+:80", false)]
    [InlineData("http://casegraph.example.org:80", false)]
    [InlineData("http://10.0.0.5:80", false)]
    public void Only_loopback_addresses_count_as_loopback(string url, bool loopback) => Assert.Equal(loopback, Bindings.IsLoopback(url));

    [Theory]
    [InlineData("localhost", true)]
    [InlineData("LocalHost", true)]
    [InlineData("127.0.0.1", true)]
    [InlineData("127.3.4.5", true)]
    [InlineData("[::1]", true)]
    [InlineData("attacker.example", false)]
    [InlineData("localhost.attacker.example", false)]
    [InlineData("127.0.0.1.nip.io", false)]
    [InlineData("10.0.0.5", false)]
    [InlineData("", false)]
    public void Only_loopback_names_count_as_a_loopback_host(string host, bool loopback) => Assert.Equal(loopback, Bindings.IsLoopbackHost(host));

    [Fact]
    public void One_hash_never_gets_two_roles()
    {
        var hash = ApiKeys.Hash("k");
        var (entries, errors) = KeyEntryValidation.Validate([
            new Raw { Name = "reader", Role = "researcher", Sha256 = hash },
            new Raw { Name = "boss", Role = "faculty", Sha256 = hash.ToUpperInvariant() }], "keys file f.json");
        Assert.Empty(entries);
        Assert.Contains("also the hash of key 'reader'", Assert.Single(errors));
        Assert.Throws<ArgumentException>(() => new ApiKeyRing([new("a", Role.Researcher, hash), new("b", Role.Faculty, hash)]));

        var settings = new ApiKeyRing([new("reader", Role.Researcher, hash), new("c", Role.Clinician, ApiKeys.Hash("c"))]);
        var (ring, conflicts) = settings.Combine(new ApiKeyRing([new("boss", Role.Faculty, hash)]));
        Assert.Null(ring.Find("k"));
        Assert.NotNull(ring.Find("c"));
        Assert.Contains("'reader' (researcher) and 'boss' (faculty)", Assert.Single(conflicts));

        var (same, none) = settings.Combine(new ApiKeyRing([new("reader", Role.Researcher, hash)]));
        Assert.Empty(none);
        Assert.Equal(Role.Researcher, same.Find("k")!.Role);
    }
}
