using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms.Text;

namespace CaseGraph.Topics.MLNet;

/// <summary>A theme LDA found in the case texts: its number and its most probable words.</summary>
public sealed record DiscoveredTopic(int Index, IReadOnlyList<string> TopWords);

/// <summary>
/// Topic discovery for what the taxonomy does not cover: ML.NET latent Dirichlet allocation over the case texts
/// (normalised, stop words removed, unigram counts), seeded, with the top words of each discovered topic.
/// </summary>
public static class TopicDiscovery
{
    private sealed class TextRow { public string Text { get; set; } = ""; }

    /// <summary>Words every presentation uses; they would otherwise lead every discovered theme.</summary>
    private static readonly string[] CaseWords =
    [
        "mg", "mcg", "hr", "daily", "day", "days", "week", "weeks", "month", "months", "year", "years", "old", "ago", "times",
        "twice", "patient", "patients", "says", "said", "told", "asked", "wants", "came", "started", "tried", "takes", "taken",
        "used", "use", "uses", "using", "i", "im", "we", "our", "clinic", "presenting", "man", "woman", "does", "also", "now",
        "since", "still", "last", "first", "bid", "tid", "qid", "prn", "q6h", "q8h", "q12h", "dose", "doses", "early", "lives",
    ];

    public static IReadOnlyList<DiscoveredTopic> Discover(IReadOnlyList<string> texts, int topics = 8, int topWords = 10)
    {
        if (texts.Count < topics) return [];
        var ml = new MLContext(seed: TopicModelTrainer.Seed);
        var data = ml.Data.LoadFromEnumerable(texts.Select(t => new TextRow { Text = t }));
        var pipeline = ml.Transforms.Text.NormalizeText("Normalized", nameof(TextRow.Text), keepPunctuations: false, keepNumbers: false)
            .Append(ml.Transforms.Text.TokenizeIntoWords("Tokens", "Normalized"))
            .Append(ml.Transforms.Text.RemoveDefaultStopWords("Tokens"))
            .Append(ml.Transforms.Text.RemoveStopWords("Tokens", stopwords: CaseWords))
            .Append(ml.Transforms.Conversion.MapValueToKey("Tokens"))
            .Append(ml.Transforms.Text.ProduceNgrams("Ngrams", "Tokens", ngramLength: 1, useAllLengths: false, weighting: NgramExtractingEstimator.WeightingCriteria.Tf))
            .Append(ml.Transforms.Text.LatentDirichletAllocation("Topics", "Ngrams", numberOfTopics: topics,
                numberOfThreads: 1, maximumNumberOfIterations: 200, numberOfSummaryTermsPerTopic: topWords));
        var model = pipeline.Fit(data);
        var transformed = model.Transform(data);

        VBuffer<ReadOnlyMemory<char>> slotNames = default;
        transformed.Schema["Ngrams"].GetSlotNames(ref slotNames);
        var words = slotNames.DenseValues().Select(w => w.ToString()).ToArray();
        var lda = model.LastTransformer.GetLdaDetails(0);
        return lda.WordScoresPerTopic.Select((scores, i) => new DiscoveredTopic(i,
            scores.OrderByDescending(s => s.Score).Take(topWords).Select(s => s.Item < words.Length ? words[s.Item] : $"#{s.Item}").ToList())).ToList();
    }
}
