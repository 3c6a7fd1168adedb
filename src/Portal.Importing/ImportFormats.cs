using Portal.Importing.Mapping.ImpactOss;
using Portal.Importing.Mapping.Uhri;
using Portal.Importing.Mapping.UprInfo;

namespace Portal.Importing;

/// <summary>The command-line names of the formats and the id prefix each importer writes.</summary>
internal static class ImportFormats
{
    private static readonly Dictionary<string, ImportFormat> ByName = Enum.GetValues<ImportFormat>().ToDictionary(NameOf, StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<string> Names { get; } = [.. Enum.GetValues<ImportFormat>().Select(NameOf)];

    public static ImportFormat Parse(string name) =>
        ByName.TryGetValue(name, out var format) ? format : throw new ArgumentException($"unknown format '{name}'", nameof(name));

    /// <summary>The one place the names are spelled; the list and the parser are made from it.</summary>
    public static string NameOf(ImportFormat format) => format switch
    {
        ImportFormat.Uhri => "uhri",
        ImportFormat.UprInfo => "upr-info",
        ImportFormat.ImpactOss => "impact-oss",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "no such import format"),
    };

    public static string IdPrefixOf(ImportFormat format) => format switch
    {
        ImportFormat.Uhri => UhriMapper.IdPrefix,
        ImportFormat.UprInfo => UprInfoMapper.IdPrefix,
        ImportFormat.ImpactOss => ImpactOssMapper.IdPrefix,
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "no such import format"),
    };
}
