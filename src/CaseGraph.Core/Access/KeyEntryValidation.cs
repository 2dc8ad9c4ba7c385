namespace CaseGraph.Core.Access;

/// <summary>Key entries as configuration gives them (strings), checked into <see cref="ApiKeyEntry"/> with readable errors.</summary>
public static class KeyEntryValidation
{
    /// <summary>Settable properties so both configuration binding and JSON fill it.</summary>
    public sealed class RawKeyEntry
    {
        public string? Name { get; set; }
        public string? Role { get; set; }
        public string? Sha256 { get; set; }
        public int? PermitsPerSecond { get; set; }
    }

    /// <param name="source">where the entries come from, for the messages ("keys file /etc/keys.json")</param>
    public static (IReadOnlyList<ApiKeyEntry> Entries, IReadOnlyList<string> Errors) Validate(IEnumerable<RawKeyEntry> raw, string source)
    {
        var entries = new List<ApiKeyEntry>();
        var errors = new List<string>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var hashes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var index = 0;
        foreach (var r in raw)
        {
            var at = $"{source}, key {index++} ({r.Name ?? "no name"})";
            if (string.IsNullOrWhiteSpace(r.Name)) errors.Add($"{at}: Name is required");
            else if (!names.Add(r.Name)) errors.Add($"{at}: Name is used twice");
            if (!Roles.TryParse(r.Role, out var role)) errors.Add($"{at}: Role must be faculty, clinician or researcher");
            if (!ApiKeys.IsHash(r.Sha256)) errors.Add($"{at}: Sha256 must be the 64 hex digits of the key's SHA-256");
            else if (!hashes.TryAdd(r.Sha256!, r.Name ?? "no name"))
                errors.Add($"{at}: Sha256 is also the hash of key '{hashes[r.Sha256!]}'; one key has one role, so remove one of them");
            if (r.PermitsPerSecond is <= 0) errors.Add($"{at}: PermitsPerSecond must be above 0");
            if (errors.Count == 0) entries.Add(new ApiKeyEntry(r.Name!.Trim(), role, r.Sha256!.ToLowerInvariant(), r.PermitsPerSecond));
        }
        return (errors.Count == 0 ? entries : [], errors);
    }
}
