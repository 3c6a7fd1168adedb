using Portal.Domain.Model;

namespace Portal.OpenData;

/// <summary>A progress report with its place in its commitment's history, oldest first, which identifies it with the commitment.</summary>
internal sealed record NumberedReport(ProgressReport Report, int Number);
