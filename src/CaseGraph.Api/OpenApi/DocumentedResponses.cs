using CaseGraph.Api.Access;
using CaseGraph.Api.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace CaseGraph.Api.OpenApi;

/// <summary>
/// Declares the answers every operation can give besides its own: 400 (a parameter that does not parse, a host not
/// served), 401/403 where a key is needed, 404 where an id is looked up, 413 for a body, 429 from the rate limiter
/// (not the probes), 503 (not indexed yet, or timed out), and the CSV and SVG forms of trend exports.
/// </summary>
internal sealed class DocumentedResponses : IOperationFilter
{
    private static readonly string[] Probes = ["health/live", "health/ready"];

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var api = context.ApiDescription;
        var metadata = api.ActionDescriptor.EndpointMetadata;
        var path = api.RelativePath ?? "";
        operation.Responses ??= [];
        var problem = context.SchemaGenerator.GenerateSchema(typeof(ProblemDetails), context.SchemaRepository);
        void Add(int status, string description, bool retryAfter = false)
        {
            if (operation.Responses.ContainsKey(status.ToString())) return;
            operation.Responses[status.ToString()] = new OpenApiResponse
            {
                Description = description,
                Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() { Schema = problem } },
                Headers = retryAfter
                    ? new Dictionary<string, IOpenApiHeader> { ["Retry-After"] = new OpenApiHeader { Description = "Seconds to wait before asking again", Schema = new OpenApiSchema { Type = JsonSchemaType.Integer } } }
                    : null,
            };
        }

        Add(StatusCodes.Status400BadRequest, "A parameter that does not parse or is out of range (ProblemDetails naming it), or a host this service does not answer to");
        if (metadata.OfType<RequiredAccess>().Any())
        {
            Add(StatusCodes.Status401Unauthorized, "No API key, or one that is not known (only anonymous callers on a loopback-bound service need none)");
            Add(StatusCodes.Status403Forbidden, "The key's role may not call this endpoint");
        }
        if (path.Contains("{id}", StringComparison.Ordinal)) Add(StatusCodes.Status404NotFound,
            path.StartsWith("api/passages", StringComparison.Ordinal) ? "No guideline passage with this id is indexed" : "No case with this id is indexed");
        if (api.ParameterDescriptions.Any(p => p.Source.Id == "Body")) Add(StatusCodes.Status413PayloadTooLarge, "The body is larger than the limit");
        if (!Probes.Contains(path.TrimEnd('/'))) Add(StatusCodes.Status429TooManyRequests, "This caller made too many requests; Retry-After says when to ask again", retryAfter: true);
        Add(StatusCodes.Status503ServiceUnavailable, metadata.OfType<NeedsIndex>().Any()
            ? "Not indexed yet (" + FirstRunGate.Detail + ", with Retry-After) or the request took longer than the time limit"
            : "The request took longer than the time limit", retryAfter: metadata.OfType<NeedsIndex>().Any());

        if (metadata.OfType<TextExports>().LastOrDefault() is { } exports && operation.Responses.TryGetValue("200", out var ok) && ok.Content is { } content)
        {
            foreach (var type in exports.ContentTypes)
                content[type] = new OpenApiMediaType
                {
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = TextExports.IsBinary(type) ? "binary" : null },
                };
        }
    }
}
