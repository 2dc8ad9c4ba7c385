using CaseGraph.Core.Access;

namespace CaseGraph.Api.Access;

/// <summary>Section <c>CaseGraph:Auth</c>: keys in settings and/or a keys file, and what an anonymous caller may do.</summary>
public sealed class AccessOptions
{
    public const string Section = "CaseGraph:Auth";

    /// <summary>The role of a caller without a key when the service listens on loopback only and the request came
    /// from this machine; <c>none</c> turns anonymous access off. On any other binding a key is always required.</summary>
    public string AnonymousRole { get; set; } = "faculty";

    /// <summary>A JSON file <c>{"keys": [{"name", "role", "sha256"}]}</c>, re-read when it changes (rotation without restart).</summary>
    public string? KeysFile { get; set; }

    public List<KeyEntryValidation.RawKeyEntry> Keys { get; set; } = [];

    /// <summary>The anonymous caller's role, or null when anonymous access is off (the options are validated on start).</summary>
    public Role? Anonymous => Roles.TryParse(AnonymousRole, out var role) ? role : null;

    public IEnumerable<string> Validate()
    {
        if (!AnonymousRole.Equals("none", StringComparison.OrdinalIgnoreCase) && !Roles.TryParse(AnonymousRole, out _))
            yield return $"{Section}:{nameof(AnonymousRole)} must be faculty, clinician, researcher or none";
    }
}
