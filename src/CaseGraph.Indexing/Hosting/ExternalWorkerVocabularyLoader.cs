using CaseGraph.Core.Corpus;
using CaseGraph.Core.Privacy;
using CaseGraph.Indexing.Corpus;
using CaseGraph.Indexing.Pipeline;
using CaseGraph.Indexing.Privacy;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CaseGraph.Indexing.Hosting;

/// <summary>Where a separate worker writes the indexes, loads the vocabulary this host needs to read queries.</summary>
internal sealed class ExternalWorkerVocabularyLoader(IndexingStatus status, IOptions<IndexingOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var errors = new List<CorpusError>();
        var (vocabulary, topics, _) = CorpusReader.ReadVocabulary(options.Value.CorpusPath, errors, options.Value.CorpusLimits);
        var labels = new SafeLabels(PhiLexicons.Detector(vocabulary));
        status.External(vocabulary, topics, [.. errors.Select(labels.Apply)]);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
