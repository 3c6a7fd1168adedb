namespace Portal.Importing.Mapping.UprInfo;

/// <summary>Where the columns of a UPR Info database export are in a file.</summary>
internal sealed record UprInfoColumns(int? To, int? Text, int? From, int? Response, int? Issue, int? Session)
{
    public const string Expected = "To, To-Rgrp, To-Org, Text, From, From-Rgrp, From-Org, Response, Action, Issue, Session";

    public static UprInfoColumns Find(SourceTable table) => new(
        To: table.IndexOf("To"),
        Text: table.IndexOf("Text", "Recommendation"),
        From: table.IndexOf("From"),
        Response: table.IndexOf("Response"),
        Issue: table.IndexOf("Issue", "Issues"),
        Session: table.IndexOf("Session"));
}
