using Portal.Domain.Methodology;
using Portal.Domain.Model;
using Portal.Publishing;
using Portal.Rendering;

namespace Portal.OpenData;

/// <summary>
/// Beside each needs-attention page, a CSV of exactly its rows, in its order, with the columns of commitments.csv:
/// a journalist's spreadsheet needs no filtering.
/// </summary>
internal sealed class AttentionFiles : IFileSource
{
    public IEnumerable<FileJob> Files(PublishingContext context)
    {
        foreach (var verdict in NeedsAttention.Verdicts)
        {
            var word = Vocabularies.Verdict.WordOf(verdict);
            yield return new FileJob(SitePaths.AttentionCsv(word), stream =>
            {
                var rows = NeedsAttention.Of(verdict, context.Model.Commitments, context.Model.Evaluation);
                CsvTableWriter.Write(CommitmentRecords.Table(context.Model, context.Urls, rows), stream);
            });
        }
    }
}
