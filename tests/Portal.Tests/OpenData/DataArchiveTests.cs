using System.IO.Compression;
using System.Text.Json.Nodes;
using Portal.OpenData;
using Portal.Pipeline;
using Portal.Tests.Pipeline;

namespace Portal.Tests.OpenData;

/// <summary>The zip holds every data file as published, and the same data gives the same bytes.</summary>
public sealed class DataArchiveTests(BuiltSample sample) : IClassFixture<BuiltSample>
{
    [Fact]
    public void Should_Hold_Every_Data_File_With_The_Same_Bytes_As_The_Site()
    {
        using var archive = ZipFile.OpenRead(sample.File(DataPaths.Archive));
        var package = JsonNode.Parse(sample.Read(DataPaths.Package))!;
        var described = package["resources"]!.AsArray().Select(r => r!["path"]!.GetValue<string>()).Prepend("datapackage.json");

        Assert.Equal(described.Order(StringComparer.Ordinal), archive.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        foreach (var entry in archive.Entries)
        {
            using var content = entry.Open();
            using var bytes = new MemoryStream();
            content.CopyTo(bytes);
            Assert.True(File.ReadAllBytes(sample.File("/" + entry.FullName)).AsSpan().SequenceEqual(bytes.ToArray()), entry.FullName);
        }
    }

    [Fact]
    public void Should_Date_Every_Entry_On_The_As_Of_Date_Not_The_Clock()
    {
        using var archive = ZipFile.OpenRead(sample.File(DataPaths.Archive));

        Assert.All(archive.Entries, entry => Assert.Equal(BuildOptionsFor.AsOf.ToDateTime(TimeOnly.MinValue), entry.LastWriteTime.DateTime));
    }

    [Fact]
    public void Should_Write_The_Same_Data_Files_Byte_For_Byte_In_Two_Builds()
    {
        using var folder = new TemporaryFolder();
        Assert.True(new SiteBuilder().Build(BuildOptionsFor.Sample(folder.Path)).Succeeded);

        foreach (var file in new[] { DataPaths.Archive, DataPaths.Package, DataPaths.Csv("commitments"), DataPaths.Json("commitments"), DataPaths.CityJson("valdeserra") })
        {
            Assert.True(File.ReadAllBytes(sample.File(file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(folder.Path, file.TrimStart('/')))), file);
        }
    }
}
