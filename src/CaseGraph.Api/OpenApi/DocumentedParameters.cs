using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace CaseGraph.Api.OpenApi;

/// <summary>Gives every parameter its description from <see cref="ParameterDocs"/> and an enumeration its allowed values.</summary>
internal sealed class DocumentedParameters : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            if (ParameterDocs.For(operation.OperationId, parameter.Name!) is not { } doc) continue;
            parameter.Description = doc.Description;
            if (doc.Values is { } values && parameter.Schema is OpenApiSchema schema)
                schema.Enum = [.. values.Select(v => (JsonNode)JsonValue.Create(v))];
        }
    }
}
