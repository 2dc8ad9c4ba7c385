using System.Globalization;

namespace CaseGraph.Generator;

internal sealed record GeneratorOptions(long Cases, int Seed, string Out, string Corpus, double LabelledShare, string? Error)
{
    public static GeneratorOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
                return Failed($"unexpected argument '{args[i]}'");
            values[args[i][2..]] = args[++i];
        }
        if (!values.TryGetValue("cases", out var casesText) || !long.TryParse(casesText, CultureInfo.InvariantCulture, out var cases) || cases < 1)
            return Failed("--cases must be a whole number of at least 1");
        if (!values.TryGetValue("seed", out var seedText) || !int.TryParse(seedText, CultureInfo.InvariantCulture, out var seed))
            return Failed("--seed must be a whole number");
        if (!values.TryGetValue("out", out var output)) return Failed("--out must name the folder to write");
        var corpus = values.GetValueOrDefault("corpus", "corpus");
        if (!File.Exists(Path.Combine(corpus, "topics.tsv"))) return Failed($"--corpus '{corpus}' is not a corpus folder (no topics.tsv)");
        var share = 0.02;
        if (values.TryGetValue("labelled-share", out var shareText) &&
            (!double.TryParse(shareText, CultureInfo.InvariantCulture, out share) || share is < 0 or > 1))
            return Failed("--labelled-share must be a number from 0 to 1");
        return new GeneratorOptions(cases, seed, output, corpus, share, null);
    }

    private static GeneratorOptions Failed(string error) => new(0, 0, "", "", 0, error);
}
