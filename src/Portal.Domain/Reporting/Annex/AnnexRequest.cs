namespace Portal.Domain.Reporting.Annex;

/// <summary>
/// What annex to write: its scope, the word limit if any, and where its reader finds the full record.
/// <paramref name="RecordAddress"/> is the dashboard's address for the scope: an absolute URL when the site has
/// one, otherwise its path (<paramref name="HasSiteAddress"/> false), which the annex then says.
/// <paramref name="CommitmentAddress"/> gives a commitment's page address, for the sources.
/// </summary>
public sealed record AnnexRequest(
    LocalActionScope Scope,
    string SiteName,
    string RecordAddress,
    bool HasSiteAddress,
    Func<string, string> CommitmentAddress,
    int? WordLimit = null);
