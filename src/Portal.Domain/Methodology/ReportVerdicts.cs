using Portal.Domain.Model;

namespace Portal.Domain.Methodology;

/// <summary>
/// The verdict each progress report left its commitment with: judged on the report's own date, from the reports up to
/// it. Unlike today's verdict it never changes as time passes or later reports arrive, so a feed entry that states it
/// stays true.
/// </summary>
public static class ReportVerdicts
{
    /// <summary>One verdict per report of <paramref name="history"/>, which is in date order, oldest first.</summary>
    public static IReadOnlyList<Verdict> Of(Commitment commitment, IReadOnlyList<ProgressReport> history) =>
        [.. history.Select((report, i) => new CommitmentEvaluator(report.Date.End).Evaluate(commitment, history.Take(i + 1)).Verdict)];
}
