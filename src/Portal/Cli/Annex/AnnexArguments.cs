namespace Portal.Cli.Annex;

/// <summary>What `portal annex` was asked for, as typed: checked by <see cref="AnnexCommandLine"/>.</summary>
internal sealed record AnnexArguments(string Country, string? Mechanism, int? Cycle, int? Words, string Format, string? Output);
