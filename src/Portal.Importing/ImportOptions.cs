using System.Text;

namespace Portal.Importing;

/// <summary>What `portal import` was asked to do, checked already: known format, known country codes, a real encoding.</summary>
internal sealed record ImportOptions
{
    public required ImportFormat Format { get; init; }

    public required string File { get; init; }

    public required string DataFolder { get; init; }

    /// <summary>ISO 3166-1 alpha-3 codes chosen with --country; empty for every State.</summary>
    public IReadOnlySet<string> Countries { get; init; } = new HashSet<string>();

    public bool DryRun { get; init; }

    /// <summary>The encoding --encoding chose; null to detect it.</summary>
    public Encoding? Encoding { get; init; }
}
