using System.Globalization;
using Portal.Domain.Model;

namespace Portal.Domain.Reporting.Annex;

/// <summary>
/// One city's entry under a recommendation: "Valdeserra: Expand the public rental stock. Verdict: On track. Latest
/// progress (30 June 2026): 412 homes let." and a footnote with the source of that progress (or of the commitment)
/// and the commitment's page on the portal.
/// </summary>
internal static class AnnexEntries
{
    public static AnnexEntry Of(LocalActionRow row, AnnexRequest request, IAnnexWording wording)
    {
        var verdict = Vocabularies.Verdict.WordOf(row.Verdict);
        string[] body =
        [
            wording.Text("annex.entry.commitment", wording.Isolate(row.Commitment.Title.Trim().TrimEnd('.'))),
            wording.Text("annex.entry.verdict", wording.Text("verdict." + verdict)),
            Progress(row, wording),
        ];
        var source = row.LatestReport?.Source is { Length: > 0 } reported ? reported : row.Commitment.Source;
        var record = wording.Text("annex.entry.record", request.CommitmentAddress(row.Commitment.Id));
        var footnote = source is { Length: > 0 } ? wording.Text("annex.entry.source", source.Trim()) + " " + record : record;
        return new AnnexEntry(row.Commitment.Id, wording.Text("annex.entry.lead", row.City.Name), string.Join(" ", body), verdict, footnote);
    }

    private static string Progress(LocalActionRow row, IAnnexWording wording)
    {
        if (row.LatestReport is not { } report)
        {
            return wording.Text("annex.entry.no-progress");
        }

        var what = report switch
        {
            { Note: { Length: > 0 } note } => wording.Isolate(note.Trim()),
            { Value: { } value } => wording.Text("annex.entry.value", wording.Number(value), row.Commitment.Indicator?.Unit ?? string.Empty).Trim(),
            { Status: { } status } => wording.Text("annex.entry.status", wording.Text("status." + Vocabularies.CommitmentStatus.WordOf(status))),
            _ => wording.Text("annex.entry.reported"),
        };
        return wording.Text("annex.entry.progress", wording.Date(report.Date), what);
    }
}
