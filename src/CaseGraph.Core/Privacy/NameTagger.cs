namespace CaseGraph.Core.Privacy;

/// <summary>
/// A learned tagger for names the cues and lists miss ("Arjun from the lab called", "his girl brianna"): a logistic
/// regression over each word's hashed features (<see cref="NameTokenFeatures"/>), trained with ML.NET on the
/// labelled identifier sets (CaseGraph.Indexing.Privacy.NameTaggerModel). Adjacent words it takes for a name make one
/// finding. Pure and thread-safe: the weights are read only.
/// </summary>
public sealed class NameTagger
{
    private readonly float[] _weights;
    private readonly float _bias;

    /// <param name="weights">one weight per hashed feature (<see cref="NameTokenFeatures.Dimension"/>)</param>
    /// <param name="probability">the least probability of a name that makes a finding</param>
    public NameTagger(float[] weights, float bias, double probability)
    {
        if (weights.Length != NameTokenFeatures.Dimension)
            throw new ArgumentException($"The name tagger needs {NameTokenFeatures.Dimension} weights, not {weights.Length}", nameof(weights));
        if (probability is <= 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(probability), "a probability between 0 and 1");
        (_weights, _bias, Probability) = (weights, bias, probability);
    }

    public double Probability { get; }

    /// <summary>The spans of words the model takes for a name, with the least probability among their words.</summary>
    public List<(int Start, int End, double Probability)> Find(string text, PhiLexicon lexicon)
    {
        var tokens = NameTokenFeatures.Tokens(text);
        var infos = NameTokenFeatures.Describe(text, tokens, lexicon);
        var features = new List<int>(32);
        var spans = new List<(int Start, int End, double Probability)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var p = NameTokenFeatures.CouldBeName(infos[i]) ? NameProbability(infos, i, features) : 0;
            if (p < Probability) continue;
            // the word before was a name too, with only spaces or a hyphen between: one finding
            if (spans.Count > 0 && spans[^1] is var last && tokens[i - 1].End == last.End
                && text.AsSpan(last.End, tokens[i].Start - last.End).Trim(" -").IsEmpty)
                spans[^1] = (last.Start, tokens[i].End, Math.Min(last.Probability, p));
            else spans.Add((tokens[i].Start, tokens[i].End, p));
        }
        return spans;
    }

    /// <summary>The model's probability that word <paramref name="i"/> is (part of) a name.</summary>
    public double NameProbability(NameTokenFeatures.TokenInfo[] infos, int i, List<int> features)
    {
        features.Clear();
        NameTokenFeatures.Extract(infos, i, features);
        double score = _bias;
        foreach (var f in features) score += _weights[f];
        return 1 / (1 + Math.Exp(-score));
    }
}
