namespace Portal.Tests.Importing.Support;

/// <summary>
/// One generated export file for the importer's fuzz test: its name, the format it is imported as, and its bytes.
/// <see cref="MustBeRefused"/> is set for the files the issue names, which an import must refuse (exit 1).
/// </summary>
internal sealed record HostileExport(string Name, string Format, string Extension, Func<byte[]> Bytes, bool MustBeRefused = true);
