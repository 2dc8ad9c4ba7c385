using CaseGraph.Api.Guidelines;
using CaseGraph.Api.Access;
using CaseGraph.Api.Auditing;
using CaseGraph.Api.Cases;
using CaseGraph.Api.Concepts;
using CaseGraph.Api.Health;
using CaseGraph.Api.Privacy;
using CaseGraph.Api.Hosting;
using CaseGraph.Api.Me;
using CaseGraph.Api.OpenApi;
using CaseGraph.Api.Recommendations;
using CaseGraph.Api.Search;
using CaseGraph.Api.Topics;
using CaseGraph.Api.Trends;
using CaseGraph.Indexing.Hosting;

// Composition root: the API hosts the indexing worker for the one-command start.
// dotnet run --project src/CaseGraph.Api [-- --corpus DIR --indexes DIR --urls URL]
// dotnet run --project src/CaseGraph.Api -- new-api-key --name NAME --role ROLE [--keys-file FILE]
// dotnet CaseGraph.Api.dll health [--url URL]   (exit 0 when the running service is ready: a container health check)
if (args is [NewApiKeyCommand.Name, .. var keyArgs])
{
    Environment.ExitCode = NewApiKeyCommand.Run(keyArgs, Console.Out, Console.Error);
    return;
}
if (args is [HealthCommand.Name, .. var healthArgs])
{
    Environment.ExitCode = await HealthCommand.RunAsync(healthArgs, Console.Out, Console.Error);
    return;
}

StartFailures.EndCleanlyOnStartFailure(Console.Error);
// Settings and pages come from the app's own folder wherever it is started; relative paths given to it
// (--corpus corpus) are read against the folder it is started from (the csproj keeps `dotnet run` there).
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
if (!builder.Environment.IsDevelopment()) builder.WebHost.UseStaticWebAssets(); // a build's pages, from the source tree
builder.Configuration.AddCommandLine(args, IndexingOptions.SwitchMappings);

builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();
builder.Services.Configure<ExceptionHandlerOptions>(o => o.SuppressDiagnosticsCallback = c => BadRequestExceptionHandler.ProblemFor(c.Exception) is not null); // their text may hold the query
builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true); // so the handler can say what was wrong
builder.Services.AddCaseGraphOpenApi();
builder.Services.AddCaseGraphIndexing(builder.Configuration);
builder.Services.AddCaseGraphSearch();
builder.Services.AddCaseGraphAccess();
builder.Services.AddCaseGraphLimits();
builder.Services.AddCaseGraphAudit();

var app = builder.Build();
app.UseRequestLogging();
app.UseLoopbackHostFilter();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseBodySizeLimit();
app.UseWebUi();
app.UseSwagger();
app.UseSwaggerUI();
app.UseRouting();
app.UseAuditLog();
app.UseAuthentication();
app.UseRateLimiter();
app.UseRequestCost();
app.UseAuthorization();
app.UseRequestTimeouts();

// Every endpoint: its answer's records noted for the audit log; case text only for faculty; the commit that answered.
var api = app.MapGroup("").AddEndpointFilter<ReturnedRecordsFilter>().AddEndpointFilter<CaseTextRedaction>().AddEndpointFilter<IndexSequenceHeader>();
api.MapSearch();
api.MapPassages();
api.MapCases();
api.MapRecommendations();
api.MapConcepts();
api.MapConceptTrends();
api.MapPhi();
api.MapQuarantine();
api.MapTopics();
api.MapTrendCases();
api.MapHealth();
api.MapAudit();
api.MapMe();

app.RequireKeysOffLoopback();
app.Run();

public partial class Program;
