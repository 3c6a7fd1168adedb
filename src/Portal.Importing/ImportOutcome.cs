using Portal.Domain.Diagnostics;

namespace Portal.Importing;

/// <summary>The result of `portal import`: a report when it got that far, the problems found, and a usage error if the command line was wrong.</summary>
internal sealed record ImportOutcome(ImportReport? Report, IReadOnlyList<Diagnostic> Diagnostics, string? UsageError = null)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
