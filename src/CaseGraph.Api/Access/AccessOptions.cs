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

    public Role? Anonymous => AnonymousRole.Equals("none", StringComparison.OrdinalIgnoreCase) ? null
        : Roles.TryParse(AnonymousRole, out var role) ? role
        : throw new InvalidOperationException($"{Section}:AnonymousRole must be faculty, clinician, researcher or none, not '{AnonymousRole}'");
}
