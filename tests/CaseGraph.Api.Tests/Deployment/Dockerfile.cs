using CaseGraph.Indexing.Hosting;

namespace CaseGraph.Api.Tests.Deployment;

/// <summary>A Dockerfile read as its instructions (continuation lines joined, comments dropped), split into stages at FROM.</summary>
public sealed class Dockerfile
{
    public sealed record Instruction(string Keyword, string Arguments);

    private Dockerfile(IReadOnlyList<IReadOnlyList<Instruction>> stages) => Stages = stages;

    public IReadOnlyList<IReadOnlyList<Instruction>> Stages { get; }

    public IReadOnlyList<Instruction> Build => Stages[0];
    public IReadOnlyList<Instruction> Final => Stages[^1];

    /// <param name="path">relative to the repository root</param>
    public static Dockerfile Load(string path)
    {
        var instructions = new List<Instruction>();
        var pending = "";
        foreach (var raw in File.ReadAllLines(Path.Combine(RepositoryPaths.Default(""), path)))
        {
            var line = raw.Trim();
            if (line.StartsWith('#') || line.Length == 0) continue;
            pending += line.EndsWith('\\') ? line[..^1] + " " : line;
            if (line.EndsWith('\\')) continue;
            var parts = pending.Split(' ', 2, StringSplitOptions.TrimEntries);
            instructions.Add(new Instruction(parts[0].ToUpperInvariant(), parts.Length > 1 ? parts[1] : ""));
            pending = "";
        }
        var stages = new List<IReadOnlyList<Instruction>>();
        foreach (var instruction in instructions)
        {
            if (instruction.Keyword == "FROM") stages.Add(new List<Instruction>());
            ((List<Instruction>)stages[^1]).Add(instruction);
        }
        return new Dockerfile(stages);
    }

    /// <summary>The sources of a COPY (all but its last argument), without --from and other flags.</summary>
    public static IReadOnlyList<string> Sources(Instruction copy)
    {
        var words = copy.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !w.StartsWith("--", StringComparison.Ordinal)).ToList();
        return words[..^1];
    }

    /// <summary>The executable and arguments of an exec-form ENTRYPOINT or CMD: ["dotnet", "x.dll"].</summary>
    public static IReadOnlyList<string> ExecForm(Instruction instruction) =>
        System.Text.Json.JsonSerializer.Deserialize<string[]>(instruction.Arguments) ?? [];
}
