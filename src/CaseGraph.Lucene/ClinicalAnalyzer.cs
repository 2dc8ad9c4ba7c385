using System.Collections.Frozen;
using CaseGraph.Core.Concepts;
using CaseGraph.Core.Model;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;

namespace CaseGraph.Lucene;

/// <summary>
/// English prose analysis (possessives, lower case, stop words, Porter stemming) that leaves drug names whole:
/// words of medication and drug-class names are marked as keywords, so "oxycodone" is never cut to "oxycodon"
/// nor "methadone" conflated with anything else. Brands and abbreviations are matched by the concept field.
/// </summary>
/// <param name="drugWords">the words to keep unstemmed, as the vocabulary in use says</param>
public sealed class ClinicalAnalyzer(DrugWords drugWords) : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(LuceneFields.Version, reader);
        TokenStream stream = new EnglishPossessiveFilter(LuceneFields.Version, tokenizer);
        stream = new LowerCaseFilter(LuceneFields.Version, stream);
        stream = new StopFilter(LuceneFields.Version, stream, EnglishAnalyzer.DefaultStopSet);
        stream = new DrugWordMarker(stream, drugWords);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    private sealed class DrugWordMarker : TokenFilter
    {
        private readonly ICharTermAttribute _term;
        private readonly IKeywordAttribute _keyword;

        private readonly DrugWords _words;

        public DrugWordMarker(TokenStream input, DrugWords words) : base(input)
        {
            _words = words;
            _term = AddAttribute<ICharTermAttribute>();
            _keyword = AddAttribute<IKeywordAttribute>();
        }

        public override bool IncrementToken()
        {
            if (!m_input.IncrementToken()) return false;
            if (_words.Contains(_term.ToString())) _keyword.IsKeyword = true;
            return true;
        }
    }
}

/// <summary>
/// Medication names the analyzer leaves unstemmed. Immutable: the writer of a run and the searcher of the commit it
/// makes each build theirs from the same vocabulary, so documents and queries are analysed alike.
/// </summary>
public sealed class DrugWords(IEnumerable<string> words)
{
    private readonly FrozenSet<string> _words = words.Select(w => w.ToLowerInvariant()).ToFrozenSet();

    public static DrugWords None { get; } = new([]);

    /// <summary>The vocabulary's single-word medication names and brands (class words like "opioids" still fold to "opioid").</summary>
    public static DrugWords From(Vocabulary vocabulary) => new(vocabulary.Concepts.Where(c => c.Kind == ConceptKind.Medication)
        .SelectMany(c => c.Terms).Where(t => t.All(char.IsLetter)));

    public bool Contains(string word) => _words.Contains(word);
}
