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
            host = host[..(host.IndexOf(']') + 1)];
        else if (host.LastIndexOf(':') is var colon and > 0)
            host = host[..colon];
        return IsLoopbackHost(host);
    }

    /// <summary>True for the host part of a Host header that names this machine: <c>localhost</c>, <c>127.0.0.1</c>
    /// (any 127/8 address), <c>[::1]</c>; false for any other name, which DNS may point anywhere (or rebind to 127.0.0.1).</summary>
    public static bool IsLoopbackHost(string host)
    {
        if (host.StartsWith('[') && host.EndsWith(']')) host = host[1..^1];
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase)) return true;
        return IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip);
    }

    public static IReadOnlyList<string> NonLoopback(IEnumerable<string> urls) => urls.Where(u => !IsLoopback(u)).ToList();
}
