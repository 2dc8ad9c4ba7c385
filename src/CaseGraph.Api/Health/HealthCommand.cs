namespace CaseGraph.Api.Health;

/// <summary>
/// <c>health [--url URL]</c>: asks the running service's <c>/health/ready</c> and exits 0 when it answers 200, 1 otherwise,
/// so a container health check needs no curl in the image. Without <c>--url</c> it asks the first address in
/// ASPNETCORE_URLS (a wildcard host read as 127.0.0.1), else http://127.0.0.1:5080.
/// </summary>
public static class HealthCommand
{
    public const string Name = "health";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        if (args is not ([] or ["--url", _]))
        {
            error.WriteLine($"usage: {Name} [--url http://127.0.0.1:8080/health/ready]");
            return 2;
        }
        var url = args is [_, var given] ? given : ReadyUrl(Environment.GetEnvironmentVariable("ASPNETCORE_URLS") ?? Environment.GetEnvironmentVariable("URLS"));
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var response = await http.GetAsync(url);
            if (response.IsSuccessStatusCode)
            {
                output.WriteLine($"ready: {url} answered {(int)response.StatusCode}");
                return 0;
            }
            error.WriteLine($"not ready: {url} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            return 1;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            error.WriteLine($"not ready: {url}: {ex.Message}");
            return 1;
        }
    }

    /// <summary>The readiness probe of the first of <paramref name="urls"/> (ASPNETCORE_URLS, ';'-separated).</summary>
    public static string ReadyUrl(string? urls)
    {
        var first = urls?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "http://127.0.0.1:5080";
        first = first.Replace("://*", "://0.0.0.0").Replace("://+", "://0.0.0.0");
        if (!Uri.TryCreate(first, UriKind.Absolute, out var uri)) return "http://127.0.0.1:5080/health/ready";
        var host = uri.Host is "0.0.0.0" or "[::]" or "localhost" ? "127.0.0.1" : uri.Host;
        return $"{uri.Scheme}://{host}:{uri.Port}/health/ready";
    }
}
