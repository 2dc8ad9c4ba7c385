using CaseGraph.Api.Cases;
using CaseGraph.Api.Concepts;
using CaseGraph.Api.Health;
using CaseGraph.Api.Privacy;
using CaseGraph.Api.Hosting;
using CaseGraph.Api.Recommendations;
using CaseGraph.Api.Search;
using CaseGraph.Api.Topics;
using CaseGraph.Indexing.Hosting;

// Composition root: the API hosts the indexing worker for the one-command start.
// dotnet run --project src/CaseGraph.Api [-- --corpus DIR --indexes DIR --urls URL]
var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddCommandLine(args, IndexingOptions.SwitchMappings);

builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();
builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true); // so the handler can say what was wrong
builder.Services.AddEndpointsApiExplorer();
builder.Services.AddSwaggerGen(o => o.SwaggerDoc("v1", new() { Title = "CaseGraph API", Version = "v1",
    Description = "Search a de-identified ECHO case archive: cases, hub recommendations and guideline passages as a knowledge graph." }));
builder.Services.AddCaseGraphIndexing(builder.Configuration);
builder.Services.AddCaseGraphSearch();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseSwagger();
app.UseSwaggerUI();

app.MapSearch();
app.MapCases();
app.MapRecommendations();
app.MapConcepts();
app.MapConceptTrends();
app.MapPhi();
app.MapTopics();
app.MapHealth();
app.MapGet("/", () => TypedResults.Redirect("/swagger")).ExcludeFromDescription();

app.Run();

public partial class Program;
