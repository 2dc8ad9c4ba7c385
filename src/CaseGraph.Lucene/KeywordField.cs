using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;

namespace CaseGraph.Lucene;

/// <summary>
/// A <see cref="StringField"/> (one untokenised term) that indexes through one reusable token stream per thread.
/// Lucene.NET builds a new stream for every StringField of every document, and each new stream takes a lock in its
/// attribute factory: with dozens of keyword fields per document that was a third of indexing time.
/// </summary>
internal sealed class KeywordField(string name, string value, Field.Store store)
    : Field(name, value, store == Field.Store.YES ? StringField.TYPE_STORED : StringField.TYPE_NOT_STORED)
{
    [ThreadStatic] private static KeywordTokenStream? t_stream;

    public override TokenStream GetTokenStream(Analyzer analyzer)
    {
        var stream = t_stream ??= new KeywordTokenStream();
        stream.SetValue(GetStringValue());
        return stream;
    }

    /// <summary>Yields its value as a single token; the indexer consumes one field at a time, so one per thread suffices.</summary>
    private sealed class KeywordTokenStream : TokenStream
    {
        private readonly ICharTermAttribute _term;
        private readonly IOffsetAttribute _offset;
        private string _value = "";
        private bool _done;

        public KeywordTokenStream()
        {
            _term = AddAttribute<ICharTermAttribute>();
            _offset = AddAttribute<IOffsetAttribute>();
        }

        public void SetValue(string value) => _value = value;

        public override bool IncrementToken()
        {
            if (_done) return false;
            ClearAttributes();
            _term.SetEmpty().Append(_value);
            _offset.SetOffset(0, _value.Length);
            return _done = true;
        }

        public override void End()
        {
            base.End();
            _offset.SetOffset(_value.Length, _value.Length);
        }

        public override void Reset()
        {
            base.Reset();
            _done = false;
        }

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            _value = "";
        }
    }
}
