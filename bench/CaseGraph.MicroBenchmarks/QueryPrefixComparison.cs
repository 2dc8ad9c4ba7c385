using System.Globalization;
using System.Text;
using CaseGraph.Semantic;

namespace CaseGraph.MicroBenchmarks;

/// <summary>
/// Questions in a user's words, each with the one passage (of ten, all fictional) that answers it in other words: where
/// the answer ranks and by how much it leads, with and without the query prefix. A small check, not a judged set.
/// </summary>
public static class QueryPrefixComparison
{
    private static readonly (string Question, string Answer)[] Pairs =
    [
        ("how do I slowly come off my pain pills", "A gradual opioid taper reduced the daily oxycodone dose by ten percent a month."),
        ("medicine to reverse an overdose at home", "The family was given a naloxone nasal spray kit and shown how to use it."),
        ("can't sleep because of worry", "He reports insomnia driven by anxiety most nights."),
        ("is it safe to take xanax with my oxycodone", "Combining benzodiazepines with opioids raises the risk of fatal respiratory depression."),
        ("treatment for opioid addiction that I can get from my doctor", "Office-based buprenorphine for opioid use disorder was started by the primary care clinician."),
        ("what else helps back pain besides pills", "Physical therapy, exercise and cognitive behavioural therapy were offered for chronic low back pain."),
        ("my urine test came back with something I didn't take", "An unexpected result on the urine drug screen was discussed without accusation and confirmed by the lab."),
        ("how much morphine is too much per day", "Doses at or above 90 morphine milligram equivalents a day should be avoided or carefully justified."),
        ("pregnant and on methadone, will the baby be ok", "Methadone maintenance continued through pregnancy; the newborn was watched for neonatal abstinence syndrome."),
        ("nerve pain in the feet from diabetes", "Painful diabetic peripheral neuropathy was treated with duloxetine."),
    ];

    public static string Report(ArcticXsEmbedder embedder)
    {
        var answers = Pairs.Select(p => embedder.Embed(p.Answer).Chunks.Single().Vector).ToArray();
        var report = new StringBuilder("// query prefix | answer ranked first | mean rank of the answer | mean lead over the best other passage\n");
        foreach (var prefix in new[] { true, false })
        {
            var ranks = new List<int>();
            var leads = new List<float>();
            for (var i = 0; i < Pairs.Length; i++)
            {
                var query = embedder.EmbedQuery(Pairs[i].Question, prefix);
                var scores = answers.Select(a => Dot(query, a)).ToArray();
                ranks.Add(1 + scores.Count(s => s > scores[i]));
                leads.Add(scores[i] - scores.Where((_, j) => j != i).Max());
            }
            report.AppendLine(CultureInfo.InvariantCulture,
                $"// {(prefix ? "on" : "off")} | {ranks.Count(r => r == 1)} of {Pairs.Length} | {ranks.Average():F2} | {leads.Average():F3}");
        }
        return report.ToString();
    }

    private static float Dot(float[] a, float[] b) => a.Zip(b).Sum(p => p.First * p.Second);
}
