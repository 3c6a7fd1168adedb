namespace Portal.Domain.Diagnostics;

public enum DiagnosticSeverity
{
    Warning,
    Error,
}
