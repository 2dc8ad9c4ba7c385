using System.Net;

namespace CaseGraph.Core.Access;

/// <summary>Whether the addresses a server listens on can be reached only from this machine.</summary>
public static class Bindings
{
    /// <summary>True for http://localhost:5080, http://127.0.0.1:8080, http://[::1]:80; false for 0.0.0.0, [::], *, +
    /// and any other host name (which may resolve anywhere).</summary>
    public static bool IsLoopback(string url)
    {
        var rest = url.Contains("://", StringComparison.Ordinal) ? url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..] : url;
        var host = rest.Split('/')[0];
        if (host.StartsWith('['))
            host = host[1..Math.Max(1, host.IndexOf(']'))];
        else if (host.LastIndexOf(':') is var colon and > 0)
            host = host[..colon];
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase)) return true;
        return IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip);
    }

    public static IReadOnlyList<string> NonLoopback(IEnumerable<string> urls) => urls.Where(u => !IsLoopback(u)).ToList();
}
