namespace Portal.Domain.Diagnostics;

/// <summary>One problem found in the input, printed the way compilers print them so editors and CI link to it.</summary>
public sealed record Diagnostic(DiagnosticSeverity Severity, SourceLocation Location, string Message)
{
    public override string ToString()
    {
        var severity = Severity == DiagnosticSeverity.Error ? "error" : "warning";
        return $"{Location}: {severity}: {Message}";
    }
}
