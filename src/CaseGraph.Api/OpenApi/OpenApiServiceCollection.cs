using CaseGraph.Api.Access;

namespace CaseGraph.Api.OpenApi;

public static class OpenApiServiceCollection
{
    /// <summary>The OpenAPI document (Swashbuckle): key security, every parameter described, every answer declared.</summary>
    public static IServiceCollection AddCaseGraphOpenApi(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(o =>
        {
            o.SwaggerDoc("v1", new() { Title = "CaseGraph API", Version = "v1",
                Description = "Search a de-identified ECHO case archive: cases, hub recommendations and guideline passages as a knowledge graph. " +
                              "Send an API key in X-Api-Key (anonymous only from this machine to a loopback-bound service)." });
            o.AddApiKeySecurity();
            o.OperationFilter<DocumentedParameters>();
            o.OperationFilter<DocumentedResponses>();
        });
        return services;
    }
}
