using System.Text.Json;
using CaseGraph.Core.Dosing;
using CaseGraph.Core.Enrichment;
using CaseGraph.Core.Search;
using Lucene.Net.Util;
using CaseGraph.Core.Model;
using Lucene.Net.Documents;

namespace CaseGraph.Lucene;

/// <summary>Maps enriched corpus items to Lucene documents: a case, one per recommendation, one per passage.</summary>
public static class DocumentMapper
{
    public static IEnumerable<Document> ForCase(EnrichedCase item)
    {
        var c = item.Record;
        var doc = Base(c.Id, DocumentKind.Case, c.Id, c.Title, c.SearchText, item.ConceptIds);
        doc.Add(new KeywordField(LuceneFields.CaseId, c.Id, Field.Store.YES));
        doc.Add(new KeywordField(LuceneFields.Presented, c.Presented, Field.Store.YES));
        doc.Add(new KeywordField(LuceneFields.Date, c.Presented, Field.Store.NO));
        doc.Add(new KeywordField(LuceneFields.Setting, c.Setting, Field.Store.YES));
        foreach (var t in item.Topics) doc.Add(new KeywordField(LuceneFields.Topic, t.TopicId, Field.Store.YES));
        foreach (var a in item.Annotations) doc.Add(new KeywordField(LuceneFields.Annotation, a, Field.Store.YES));
        AddMme(doc, item.DailyMme);
        AddFacets(doc, DocumentKind.Case, item.Facets, item.Topics.Select(t => t.TopicId), item.DailyMme, c);
        doc.Add(new StoredField(LuceneFields.Record, JsonSerializer.Serialize(c)));
        doc.Add(new StoredField(LuceneFields.TopicTags, JsonSerializer.Serialize(item.Topics)));
        yield return doc;

        foreach (var r in c.Recommendations)
        {
            var rec = Base(r.Id, DocumentKind.Recommendation, c.Id, $"Recommendation for {c.Id}: {c.Title}", r.Text, item.RecommendationConceptIds[r.Id]);
            AddMme(rec, item.DailyMme);
            foreach (var concept in item.ConceptIds) rec.Add(new KeywordField(LuceneFields.CaseConcept, concept, Field.Store.NO));
            AddFacets(rec, DocumentKind.Recommendation, item.RecommendationFacets[r.Id], item.Topics.Select(t => t.TopicId), item.DailyMme, c);
            rec.Add(new KeywordField(LuceneFields.CaseId, c.Id, Field.Store.YES));
            rec.Add(new KeywordField(LuceneFields.Presented, c.Presented, Field.Store.YES));
            rec.Add(new KeywordField(LuceneFields.Date, c.Presented, Field.Store.NO));
            rec.Add(new KeywordField(LuceneFields.Setting, c.Setting, Field.Store.YES));
            foreach (var t in item.Topics) rec.Add(new KeywordField(LuceneFields.Topic, t.TopicId, Field.Store.YES));
            yield return rec;
        }
    }

    public static Document ForPassage(EnrichedPassage item)
    {
        var p = item.Passage;
        var doc = Base(p.Id, DocumentKind.Guideline, p.Id, p.Title, p.Text, item.ConceptIds);
        AddFacets(doc, DocumentKind.Guideline, item.Facets, [], null, null);
        doc.Add(new StoredField(LuceneFields.Source, p.Source));
        doc.Add(new StoredField(LuceneFields.Section, p.Section));
        if (p.Url is not null) doc.Add(new StoredField(LuceneFields.Url, p.Url));
        if (p.Grade is not null) doc.Add(new StoredField(LuceneFields.Grade, p.Grade));
        if (p.Published is not null)
        {
            doc.Add(new StoredField(LuceneFields.Published, p.Published));
            doc.Add(new KeywordField(LuceneFields.Date, p.Published, Field.Store.NO));
        }
        return doc;
    }

    private static void AddFacets(Document doc, DocumentKind kind, FacetValues facets, IEnumerable<string> topics, double? mme, CaseRecord? c)
    {
        void Add(string facet, string value)
        {
            doc.Add(new KeywordField(LuceneFields.FacetField(facet), value, Field.Store.NO));
            doc.Add(new SortedSetDocValuesField(LuceneFields.FacetField(facet), new BytesRef(value)));
        }
        Add(Facets.Kind, kind.ToSlug());
        foreach (var v in facets.Conditions) Add(Facets.Condition, v);
        foreach (var v in facets.Medications) Add(Facets.Medication, v);
        foreach (var v in facets.DrugClasses) Add(Facets.DrugClass, v);
        foreach (var v in facets.Interventions) Add(Facets.Intervention, v);
        foreach (var v in topics.Distinct()) Add(Facets.Topic, v);
        if (c is null) return;
        Add(Facets.MmeBand, MmeCalculator.Band(mme));
        Add(Facets.Setting, c.Setting);
        Add(Facets.Year, c.Presented[..4]);
        Add(Facets.Month, c.Presented);
    }

    /// <summary>The case's daily MME: a numeric field for range filters and its band for facets.</summary>
    private static void AddMme(Document doc, double? mme)
    {
        if (mme is { } value) doc.Add(new DoubleField(LuceneFields.Mme, value, Field.Store.YES));
        doc.Add(new KeywordField(LuceneFields.MmeBand, MmeCalculator.Band(mme), Field.Store.YES));
    }

    private static Document Base(string id, DocumentKind kind, string owner, string title, string text, IEnumerable<string> concepts)
    {
        var doc = new Document
        {
            new KeywordField(LuceneFields.Id, id, Field.Store.YES),
            new KeywordField(LuceneFields.Kind, kind.ToSlug(), Field.Store.YES),
            new KeywordField(LuceneFields.Owner, owner, Field.Store.NO),
            new TextField(LuceneFields.Title, title, Field.Store.YES),
            new TextField(LuceneFields.Text, text, Field.Store.YES),
        };
        foreach (var concept in concepts) doc.Add(new KeywordField(LuceneFields.Concept, concept, Field.Store.YES));
        return doc;
    }
}
