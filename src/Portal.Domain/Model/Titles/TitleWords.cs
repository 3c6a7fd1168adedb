namespace Portal.Domain.Model.Titles;

/// <summary>
/// The words a recommendation's title is made of, taken from the theme's UI strings so that the domain reads no
/// file and a translated theme gives translated titles. The formats take their values as {0}, {1}.
/// </summary>
public sealed record TitleWords
{
    /// <summary>Who addressed whom: "{0} to {1}".</summary>
    public required string To { get; init; }

    /// <summary>The review cycle: "UPR cycle {0}".</summary>
    public required string UprCycle { get; init; }

    /// <summary>A paragraph of a document: "para. {0}".</summary>
    public required string Paragraph { get; init; }

    /// <summary>Marks a text cut short.</summary>
    public string Ellipsis { get; init; } = "…";

    /// <summary>A State's name from its ISO 3166-1 alpha-3 code.</summary>
    public required Func<string, string> CountryName { get; init; }

    /// <summary>A mechanism's name from its code in the data contract (CRC → Committee on the Rights of the Child).</summary>
    public required Func<string, string> MechanismName { get; init; }
}
