using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace CaseGraph.Api.Access;

/// <summary>The OpenAPI document names the key header and, per operation, the roles that may call it.</summary>
public static class SwaggerAccess
{
    public static void AddApiKeySecurity(this SwaggerGenOptions options)
    {
        options.AddSecurityDefinition(ApiKeyAuthenticationHandler.SchemeName, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = ApiKeyAuthenticationHandler.Header,
            Description = "An API key made with `new-api-key`; its role decides the endpoints it reaches.",
        });
        options.AddSecurityRequirement(document => new OpenApiSecurityRequirement
        {
            [new OpenApiSecuritySchemeReference(ApiKeyAuthenticationHandler.SchemeName, document)] = [],
        });
        options.OperationFilter<RolesOperationFilter>();
    }

    private sealed class RolesOperationFilter : IOperationFilter
    {
        public void Apply(OpenApiOperation operation, OperationFilterContext context)
        {
            var level = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<RequiredAccess>().LastOrDefault()?.Level;
            if (level is null) return;
            var roles = string.Join(", ", Core.Access.Roles.Allowed(level.Value).Select(r => Core.Access.Roles.ToSlug(r)));
            operation.Description = $"{operation.Description}\n\nRoles: {roles}.".Trim();
        }
    }
}
