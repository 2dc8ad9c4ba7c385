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

/// <summary>The keys in force: looked up by the hash of the presented key.</summary>
public sealed class ApiKeyRing
{
    private readonly Dictionary<string, ApiKeyEntry> _byHash;

    public static readonly ApiKeyRing Empty = new([]);

    public ApiKeyRing(IEnumerable<ApiKeyEntry> entries)
    {
        _byHash = new Dictionary<string, ApiKeyEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries) _byHash[entry.Sha256] = entry;
    }

    public int Count => _byHash.Count;
    public IEnumerable<ApiKeyEntry> Entries => _byHash.Values;

    /// <summary>The entry for a presented key, or null when no such key is configured.</summary>
    public ApiKeyEntry? Find(string? presentedKey) =>
        string.IsNullOrEmpty(presentedKey) || presentedKey.Length > 256 ? null : _byHash.GetValueOrDefault(ApiKeys.Hash(presentedKey));

    public ApiKeyRing Merge(ApiKeyRing other) => new(Entries.Concat(other.Entries));
}
