namespace Portal.Domain.Changes;

/// <summary>
/// Names a record for change tracking: a page lists the keys of the records it shows, and a rebuild renders
/// again the pages whose keys a change touches.
/// </summary>
public static class RecordKey
{
    public static string Commitment(string id) => "commitment:" + id;

    public static string City(string id) => "city:" + id;

    public static string Recommendation(string id) => "recommendation:" + id;

    public static string Country(string code) => "country:" + code;
}
