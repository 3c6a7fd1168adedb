using Portal.Domain.Diagnostics;
using Portal.Loading;

namespace Portal.Pipeline;

/// <summary>What a build did: rows read and published per file, pages written, problems, and time per phase.</summary>
public sealed record BuildReport
{
    public required IReadOnlyList<FileAccount> Files { get; init; }
    public required IReadOnlyList<Diagnostic> Diagnostics { get; init; }
    public int PagesWritten { get; init; }
    /// <summary>Pages a rebuild left as they were, because the edit did not reach them.</summary>
    public int PagesUnchanged { get; init; }
    public IReadOnlyList<PhaseTiming> Phases { get; init; } = [];

    public OutputChange Output { get; init; }

    /// <summary>
    /// Files a rebuild in place wrote or removed in the served output. They stay changed when the rebuild then
    /// fails, so the output mixes old and new files until the next build.
    /// </summary>
    public int FilesChangedInPlace { get; init; }

    public bool Succeeded => !Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    public int Errors => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);

    public int Warnings => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
}

public sealed record PhaseTiming(string Phase, TimeSpan Elapsed);
