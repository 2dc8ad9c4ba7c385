using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CaseGraph.Api.Tests;

/// <summary>The API listening on every interface (not loopback alone).</summary>
public sealed class OpenBindingFactory : SecuredApiFactory
{
    public OpenBindingFactory() => UseKestrel(o => o.ListenAnyIP(0));
}

/// <summary>The same without any key configured.</summary>
public sealed class OpenBindingWithoutKeysFactory : ApiFactory
{
    public OpenBindingWithoutKeysFactory() => UseKestrel(o => o.ListenAnyIP(0));

    public override Task InitializeAsync() => Task.CompletedTask;
}

public class OpenBindingTests(OpenBindingFactory factory) : IClassFixture<OpenBindingFactory>
{
    [Fact]
    public async Task Off_loopback_even_a_local_caller_needs_a_key()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.Client().GetAsync("/api/concepts?q=bup")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await factory.Client(SecuredApiFactory.ClinicianKey).GetAsync("/api/concepts?q=bup")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await factory.Client().GetAsync("/health/live")).StatusCode);
    }

    [Fact]
    public async Task Off_loopback_without_any_key_the_service_stops_with_a_nonzero_exit_code()
    {
        using var open = new OpenBindingWithoutKeysFactory();
        try
        {
            try
            {
                open.StartServer();
            }
            catch (ObjectDisposedException)
            {
                // it stopped itself before the factory asked for its addresses: what this test wants to see
            }
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (Environment.ExitCode != 1 && DateTime.UtcNow < deadline) await Task.Delay(50);
            Assert.Equal(1, Environment.ExitCode);
            Assert.True(Stopped(open), "the service kept running on an open address without keys");
        }
        finally
        {
            Environment.ExitCode = 0;
            open.Corpus.Dispose();
        }
    }

    private static bool Stopped(OpenBindingWithoutKeysFactory factory)
    {
        try
        {
            return factory.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested;
        }
        catch (ObjectDisposedException)
        {
            return true; // stopped and already torn down
        }
    }
}
