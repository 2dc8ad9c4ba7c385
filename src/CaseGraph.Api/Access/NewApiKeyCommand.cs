using System.Text.Json;
using System.Text.Json.Nodes;
using CaseGraph.Core.Access;

namespace CaseGraph.Api.Access;

/// <summary>
/// <c>new-api-key --name NAME --role faculty|clinician|researcher [--keys-file FILE] [--permits-per-second N]</c>:
/// makes a key, prints it once, and adds its hash to the keys file (written whole and renamed into place, so the
/// running service never reads half a file). Without a keys file it prints the entry for settings instead.
/// </summary>
public static class NewApiKeyCommand
{
    public const string Name = "new-api-key";

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i + 1 < args.Length; i += 2) options[args[i].TrimStart('-')] = args[i + 1];
        if (args.Length % 2 != 0 || !options.TryGetValue("name", out var name) || !options.TryGetValue("role", out var roleText))
        {
            error.WriteLine($"usage: {Name} --name NAME --role faculty|clinician|researcher [--keys-file FILE] [--permits-per-second N]");
            return 2;
        }
        if (!Roles.TryParse(roleText, out var role))
        {
            error.WriteLine($"--role must be faculty, clinician or researcher, not '{roleText}'");
            return 2;
        }
        int? permits = options.TryGetValue("permits-per-second", out var p) && int.TryParse(p, out var v) && v > 0 ? v : null;

        var key = ApiKeys.NewKey();
        var entry = new JsonObject { ["name"] = name, ["role"] = role.ToSlug(), ["sha256"] = ApiKeys.Hash(key) };
        if (permits is { } perSecond) entry["permitsPerSecond"] = perSecond;

        if (options.TryGetValue("keys-file", out var file))
        {
            var root = File.Exists(file) ? JsonNode.Parse(File.ReadAllText(file))?.AsObject() ?? [] : new JsonObject();
            var keys = root["keys"] as JsonArray ?? [];
            if (keys.Any(k => string.Equals((string?)k?["name"], name, StringComparison.OrdinalIgnoreCase)))
            {
                error.WriteLine($"{file} already has a key named '{name}'; remove it first to rotate, or choose another name");
                return 1;
            }
            keys.Add(entry);
            root["keys"] = keys;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!); // keys/ for docker-compose's folder mount
            var temp = file + ".tmp";
            File.WriteAllText(temp, root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
            File.Move(temp, file, overwrite: true);
            output.WriteLine($"Added key '{name}' ({role.ToSlug()}) to {file}; the service picks it up within a second.");
        }
        else
        {
            output.WriteLine($"Add this entry to {AccessOptions.Section}:Keys in settings:");
            output.WriteLine(entry.ToJsonString());
        }
        output.WriteLine($"The key (shown once, only its hash is stored): {key}");
        return 0;
    }
}
