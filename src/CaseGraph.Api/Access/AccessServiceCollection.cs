using CaseGraph.Core.Access;
using CaseGraph.Indexing.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CaseGraph.Api.Access;

public static class AccessServiceCollection
{
    /// <summary>API-key authentication and one authorization policy per <see cref="AccessLevel"/>.</summary>
    public static IServiceCollection AddCaseGraphAccess(this IServiceCollection services)
    {
        var workingFolder = Directory.GetCurrentDirectory();
        services.AddOptions<AccessOptions>().BindConfiguration(AccessOptions.Section)
            .PostConfigure(o => o.KeysFile = ConfiguredPath.Resolve(o.KeysFile, workingFolder))
            .ValidateRules(o => o.Validate()).ValidateOnStart();
        services.AddSingleton<ApiKeyStore>();
        services.AddSingleton<ServerBindings>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorization(o =>
        {
            o.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build(); // an endpoint that names no level
            foreach (var level in Enum.GetValues<AccessLevel>())
                o.AddPolicy(level.PolicyName(), p => p.RequireRole(level.Allowed().Select(r => r.ToSlug())));
        });
        return services;
    }

    /// <summary>Only callers whose role may see what this endpoint gives out.</summary>
    public static TBuilder RequireAccess<TBuilder>(this TBuilder builder, AccessLevel level) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(level.PolicyName()).WithMetadata(new RequiredAccess(level));

    /// <summary>
    /// Checks the keys before the service listens (a bad keys file stops it with the reason), and once it listens
    /// refuses to run on an address other machines can reach without any key configured.
    /// </summary>
    public static void RequireKeysOffLoopback(this WebApplication app)
    {
        var keys = app.Services.GetRequiredService<ApiKeyStore>();
        keys.LoadAtStart();
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var open = Bindings.NonLoopback(app.Services.GetRequiredService<ServerBindings>().Addresses);
            if (open.Count == 0 || keys.Current.Count > 0) return;
            app.Logger.LogCritical("CaseGraph listens on {Addresses}, which other machines can reach, and no API key is configured. " +
                "Add keys ({Section}:Keys or {Section}:KeysFile; `dotnet run --project src/CaseGraph.Api -- new-api-key --name NAME --role ROLE --keys-file FILE`) " +
                "or bind to loopback (--urls http://127.0.0.1:5080). Stopping.", string.Join(", ", open), AccessOptions.Section, AccessOptions.Section);
            Environment.ExitCode = 1;
            app.Lifetime.StopApplication();
        });
    }
}
