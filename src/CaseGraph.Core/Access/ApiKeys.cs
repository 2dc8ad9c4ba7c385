using System.Security.Cryptography;
using System.Text;

namespace CaseGraph.Core.Access;

/// <summary>One configured API key: who holds it, their role, and the SHA-256 of the key (the key itself is never stored).</summary>
/// <param name="PermitsPerSecond">this key's rate limit, when it differs from the default</param>
public sealed record ApiKeyEntry(string Name, Role Role, string Sha256, int? PermitsPerSecond = null);

/// <summary>Making and checking keys. Keys are 256 random bits, so a plain SHA-256 is enough to store them
/// (a slow password hash guards low-entropy secrets, which these are not).</summary>
public static class ApiKeys
{
    public const string Prefix = "cg_";

    public static string NewKey() => Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
        .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    public static bool IsHash(string? value) => value is { Length: 64 } && value.All(char.IsAsciiHexDigit);
}

/// <summary>The keys in force, looked up by the hash of the presented key. One hash has exactly one entry: a key is
/// never given two roles, whichever was read last.</summary>
public sealed class ApiKeyRing
{
    private readonly Dictionary<string, ApiKeyEntry> _byHash;

    public static readonly ApiKeyRing Empty = new([]);

    /// <exception cref="ArgumentException">two entries share a hash</exception>
    public ApiKeyRing(IEnumerable<ApiKeyEntry> entries)
    {
        _byHash = new Dictionary<string, ApiKeyEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries)
            if (!_byHash.TryAdd(entry.Sha256, entry))
                throw new ArgumentException($"keys '{_byHash[entry.Sha256].Name}' and '{entry.Name}' have the same hash", nameof(entries));
    }

    public int Count => _byHash.Count;
    public IEnumerable<ApiKeyEntry> Entries => _byHash.Values;

    /// <summary>The entry for a presented key, or null when no such key is configured.</summary>
    public ApiKeyEntry? Find(string? presentedKey) =>
        string.IsNullOrEmpty(presentedKey) || presentedKey.Length > 256 ? null : _byHash.GetValueOrDefault(ApiKeys.Hash(presentedKey));

    /// <summary>This ring and another (settings and keys file). A hash in both is refused in both unless the two
    /// entries are the same key (same name and role): the conflicts say which.</summary>
    public (ApiKeyRing Ring, IReadOnlyList<string> Conflicts) Combine(ApiKeyRing other)
    {
        var clashing = _byHash.Keys.Where(h => other._byHash.TryGetValue(h, out var o) && o != _byHash[h]).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var conflicts = clashing.Select(h => $"keys '{_byHash[h].Name}' ({_byHash[h].Role.ToSlug()}) and '{other._byHash[h].Name}' " +
            $"({other._byHash[h].Role.ToSlug()}) have the same hash; neither is accepted").ToList();
        var entries = Entries.Concat(other.Entries.Where(e => !_byHash.ContainsKey(e.Sha256))).Where(e => !clashing.Contains(e.Sha256));
        return (new ApiKeyRing(entries), conflicts);
    }
}
