using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CaseGraph.Api.Tests;

public static class Problems
{
    /// <summary>The response is a 400 ValidationProblem whose errors name this parameter.</summary>
    public static async Task AssertValidationProblemAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _));
    }
}
