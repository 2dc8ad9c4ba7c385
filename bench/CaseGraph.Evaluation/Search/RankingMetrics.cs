namespace CaseGraph.Evaluation.Search;

/// <summary>nDCG@k, Recall@k and MRR of one ranking against graded judgments (grade >= 1 is relevant). Pure.</summary>
public static class RankingMetrics
{
    public static double NdcgAt(int k, IReadOnlyList<string> ranking, IReadOnlyDictionary<string, int> grades)
    {
        static double Gain(int grade) => Math.Pow(2, grade) - 1;
        var dcg = ranking.Take(k).Select((id, i) => Gain(grades.GetValueOrDefault(id)) / Math.Log2(i + 2)).Sum();
        var ideal = grades.Values.Where(g => g > 0).OrderDescending().Take(k).Select((g, i) => Gain(g) / Math.Log2(i + 2)).Sum();
        return ideal == 0 ? 0 : dcg / ideal;
    }

    public static double RecallAt(int k, IReadOnlyList<string> ranking, IReadOnlyDictionary<string, int> grades)
    {
        var relevant = grades.Count(g => g.Value > 0);
        return relevant == 0 ? 0 : (double)ranking.Take(k).Count(id => grades.GetValueOrDefault(id) > 0) / relevant;
    }

    public static double ReciprocalRank(IReadOnlyList<string> ranking, IReadOnlyDictionary<string, int> grades)
    {
        for (var i = 0; i < ranking.Count; i++) if (grades.GetValueOrDefault(ranking[i]) > 0) return 1.0 / (i + 1);
        return 0;
    }
}
