using Portal.Domain.Importing.ImpactOss;
using Portal.Domain.Importing.Uhri;
using Portal.Domain.Importing.UprInfo;

namespace Portal.Importing;

/// <summary>The command-line names of the formats and the id prefix each importer writes.</summary>
internal static class ImportFormats
{
    public static IReadOnlyList<string> Names { get; } = ["uhri", "upr-info", "impact-oss"];

    public static ImportFormat Parse(string name) => name.ToLowerInvariant() switch
    {
        "uhri" => ImportFormat.Uhri,
        "upr-info" => ImportFormat.UprInfo,
        "impact-oss" => ImportFormat.ImpactOss,
        _ => throw new ArgumentException($"unknown format '{name}'", nameof(name)),
    };

    public static string NameOf(ImportFormat format) => format switch
    {
        ImportFormat.Uhri => "uhri",
        ImportFormat.UprInfo => "upr-info",
        _ => "impact-oss",
    };

    public static string IdPrefixOf(ImportFormat format) => format switch
    {
        ImportFormat.Uhri => UhriMapper.IdPrefix,
        ImportFormat.UprInfo => UprInfoMapper.IdPrefix,
        _ => ImpactOssMapper.IdPrefix,
    };
}
