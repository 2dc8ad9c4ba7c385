using System.Security.Cryptography;
using System.Text;

namespace CaseGraph.Core.Ingestion;

/// <summary>Stable content fingerprints: equal inputs give equal hashes on every machine.</summary>
public static class ContentHash
{
    public static string Of(params string[] parts)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in parts)
        {
            sha.AppendData(Encoding.UTF8.GetBytes(part));
            sha.AppendData([0]);
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
