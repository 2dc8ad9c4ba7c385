using System.Net;
using System.Security.Claims;
using System.Text.Encodings.Web;
using CaseGraph.Api.Hosting;
using CaseGraph.Core.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace CaseGraph.Api.Access;

/// <summary>
/// Authenticates the key in <c>X-Api-Key</c> (or <c>Authorization: Bearer KEY</c>). Without a key a caller is
/// anonymous with <see cref="AccessOptions.AnonymousRole"/>, but only when the service listens on loopback alone
/// and the request came from this machine addressed to a loopback name. Refusals are ProblemDetails that say what to do.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> schemeOptions, ILoggerFactory logger,
    UrlEncoder encoder, ApiKeyStore keys, IOptionsMonitor<AccessOptions> access, ServerBindings bindings)
    : AuthenticationHandler<AuthenticationSchemeOptions>(schemeOptions, logger, encoder)
{
    public const string SchemeName = "ApiKey", Header = "X-Api-Key", PermitsClaim = "casegraph:permits-per-second", AnonymousName = "anonymous";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = PresentedKey(Request);
        if (presented is null)
        {
            return Task.FromResult(access.CurrentValue.Anonymous is { } role && bindings.LoopbackOnly && IsLocal(Context.Connection) && LoopbackHostFilter.IsLoopbackHost(Request)
                ? Success(AnonymousName, role, null)
                : AuthenticateResult.NoResult());
        }
        return Task.FromResult(keys.Current.Find(presented) is { } entry
            ? Success(entry.Name, entry.Role, entry.PermitsPerSecond)
            : AuthenticateResult.Fail("The API key is not known; it may have been rotated out."));
    }

    private AuthenticateResult Success(string name, Role role, int? permits)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, name), new(ClaimTypes.Role, role.ToSlug()) };
        if (permits is { } p) claims.Add(new Claim(PermitsClaim, p.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName)), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = $"{SchemeName} header=\"{Header}\"";
        var failed = PresentedKey(Request) is not null;
        await ProblemResponses.WriteAsync(Context, StatusCodes.Status401Unauthorized, "API key required", failed
            ? "The API key is not known; it may have been rotated out. Ask for a new key."
            : $"Send an API key in the {Header} header. Anonymous access is only for requests from this machine to a service bound to loopback.");
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        var required = Context.GetEndpoint()?.Metadata.GetMetadata<RequiredAccess>()?.Level;
        var role = Context.User.FindFirstValue(ClaimTypes.Role) ?? "none";
        var allowed = required is { } a ? string.Join(" or ", a.Allowed().Select(r => r.ToSlug())) : "another role";
        await ProblemResponses.WriteAsync(Context, StatusCodes.Status403Forbidden, "Not allowed for this role",
            $"This endpoint is for {allowed}; the key's role is {role}.");
    }

    internal static string? PresentedKey(HttpRequest request)
    {
        if (request.Headers.TryGetValue(Header, out var key) && !string.IsNullOrWhiteSpace(key)) return key.ToString().Trim();
        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorization[7..].Trim() : null;
    }

    /// <summary>From this machine: a loopback peer, or no peer address at all (an in-memory test server).</summary>
    private static bool IsLocal(ConnectionInfo connection) => connection.RemoteIpAddress is not { } ip || IPAddress.IsLoopback(ip);
}

/// <summary>Endpoint metadata: which access level the endpoint needs (for the 403 message and the OpenAPI text).</summary>
public sealed record RequiredAccess(AccessLevel Level);
