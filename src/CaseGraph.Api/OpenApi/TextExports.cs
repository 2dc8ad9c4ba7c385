namespace CaseGraph.Api.OpenApi;

/// <summary>Endpoint metadata: besides JSON, the 200 answer comes in these formats (a CSV table, an SVG chart, a PNG chart).</summary>
public sealed record TextExports(IReadOnlyList<string> ContentTypes)
{
    public static readonly TextExports TrendFormats = new(["text/csv", "image/svg+xml", "image/png"]);

    /// <summary>Whether the type is binary (an image other than SVG), so its schema is a string of bytes.</summary>
    public static bool IsBinary(string contentType) => contentType == "image/png";
}
