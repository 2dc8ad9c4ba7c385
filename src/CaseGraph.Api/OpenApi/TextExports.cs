namespace CaseGraph.Api.OpenApi;

/// <summary>Endpoint metadata: besides JSON, the 200 answer comes in these text formats (a CSV table, an SVG chart).</summary>
public sealed record TextExports(IReadOnlyList<string> ContentTypes)
{
    public static readonly TextExports CsvAndSvg = new(["text/csv", "image/svg+xml"]);
}
