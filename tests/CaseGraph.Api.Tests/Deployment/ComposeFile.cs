using CaseGraph.Indexing.Hosting;
using YamlDotNet.RepresentationModel;

namespace CaseGraph.Api.Tests.Deployment;

/// <summary>docker-compose.yml as YAML nodes (no Docker engine runs here, so the file is read, not run).</summary>
public sealed class ComposeFile
{
    public static readonly string Path = System.IO.Path.Combine(RepositoryPaths.Default(""), "docker-compose.yml");

    private ComposeFile(string text, YamlMappingNode root) => (Text, Root) = (text, root);

    public string Text { get; }
    public YamlMappingNode Root { get; }

    public static ComposeFile Load()
    {
        var text = File.ReadAllText(Path);
        var yaml = new YamlStream();
        yaml.Load(new StringReader(text));
        return new ComposeFile(text, (YamlMappingNode)yaml.Documents[0].RootNode);
    }

    public YamlMappingNode Service(string name) => (YamlMappingNode)((YamlMappingNode)Root["services"])[name];

    public static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;

    public static IReadOnlyList<string> Strings(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value)
            ? [.. ((YamlSequenceNode)value).Children.Select(c => ((YamlScalarNode)c).Value!)]
            : [];

    public string? Environment(string service, string variable) => Scalar((YamlMappingNode)Service(service)["environment"], variable);

    public sealed record Volume(string Source, string Target, bool ReadOnly)
    {
        /// <summary>A named volume (declared under volumes:), not a folder of the host.</summary>
        public bool Named => !Source.StartsWith('.') && !Source.StartsWith('/') && !Source.StartsWith('$');
    }

    /// <summary>A service's volumes in the short syntax SOURCE:TARGET[:ro]; a source may be ${VAR:-default}.</summary>
    public IReadOnlyList<Volume> Volumes(string service) => [.. Strings(Service(service), "volumes").Select(Parse)];

    private static Volume Parse(string spec)
    {
        var sourceEnd = spec.StartsWith("${", StringComparison.Ordinal) ? spec.IndexOf('}') + 1 : spec.IndexOf(':');
        var rest = spec[(sourceEnd + 1)..].Split(':');
        return new Volume(spec[..sourceEnd], rest[0], rest.Length > 1 && rest[1] == "ro");
    }
}
