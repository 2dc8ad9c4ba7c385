using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;

namespace CaseGraph.Api.Tests.Security;

/// <summary>The one-command start's shape on real sockets: Kestrel on 127.0.0.1 only, callers without a key served as faculty.</summary>
public class LoopbackKestrelFactory : ApiFactory
{
    public LoopbackKestrelFactory() => UseKestrel(o => o.Listen(IPAddress.Loopback, 0));

    /// <summary>A client that connects from <paramref name="source"/> (any 127/8 address) and sends <paramref name="host"/> as its Host header.</summary>
    public HttpClient ClientFrom(IPAddress source, string? host = null)
    {
        var port = Client().BaseAddress!.Port;
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (context, ct) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                socket.Bind(new IPEndPoint(source, 0));
                await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port), ct);
                return new NetworkStream(socket, ownsSocket: true);
            },
        };
        var client = new HttpClient(handler) { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        if (host is not null) client.DefaultRequestHeaders.Host = host;
        return client;
    }
}

/// <summary>The same with 10 requests a second and no burst beyond one second's worth.</summary>
public sealed class ThrottledLoopbackFactory : LoopbackKestrelFactory
{
    public const int PermitsPerSecond = 10;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("CaseGraph:Limits:PermitsPerSecond", PermitsPerSecond.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("CaseGraph:Limits:BurstSeconds", "1");
    }
}
