using CaseGraph.Core.Access;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace CaseGraph.Api.Access;

/// <summary>The addresses the server listens on, read once it has started (an in-memory test server has none).</summary>
public sealed class ServerBindings(IServer server)
{
    private IReadOnlyList<string>? _addresses;

    public IReadOnlyList<string> Addresses => _addresses ??= server.Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];

    public bool LoopbackOnly => Bindings.NonLoopback(Addresses).Count == 0;
}
