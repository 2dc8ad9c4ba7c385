namespace CaseGraph.Api.Hosting;

public static class WebUi
{
    /// <summary>
    /// Serves the pages in wwwroot (search at `/`) before authentication: they hold no data, and every API call they
    /// make is authorised like any other caller's.
    /// </summary>
    public static IApplicationBuilder UseWebUi(this IApplicationBuilder app) => app.UseDefaultFiles().UseStaticFiles();
}
