using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Util;

namespace CaseGraph.Lucene;

/// <summary>Field names of CaseGraph's Lucene documents, and the analyzer that goes with them.</summary>
public static class LuceneFields
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public const string Id = "id", Kind = "kind", Owner = "owner", CaseId = "case_id", Title = "title", Text = "text",
        Concept = "concept", Topic = "topic", Presented = "presented", Setting = "setting",
        Record = "record", TopicTags = "topic_tags", Annotation = "annotation", Mme = "mme", MmeBand = "mme_band",
        CaseConcept = "case_concept", Date = "date", Source = "source", Section = "section", Url = "url", Published = "published",
        Grade = "grade";

    /// <summary>The field a facet is filtered and counted on (indexed for filters, doc values for counting).</summary>
    public static string FacetField(string facet) => "f_" + facet;

    /// <summary>English stemming for prose (drug names kept whole); exact keywords for ids, kinds, concepts and topics.</summary>
    public static Analyzer CreateAnalyzer(DrugWords drugWords) => new PerFieldAnalyzerWrapper(
        new ClinicalAnalyzer(drugWords),
        new Dictionary<string, Analyzer>
        {
            [Id] = new KeywordAnalyzer(), [Kind] = new KeywordAnalyzer(), [Owner] = new KeywordAnalyzer(),
            [CaseId] = new KeywordAnalyzer(), [Concept] = new KeywordAnalyzer(), [Topic] = new KeywordAnalyzer(),
            [Setting] = new KeywordAnalyzer(), [Presented] = new KeywordAnalyzer(), [Annotation] = new KeywordAnalyzer(),
            [MmeBand] = new KeywordAnalyzer(), [CaseConcept] = new KeywordAnalyzer(), [Date] = new KeywordAnalyzer(),
        });
}
