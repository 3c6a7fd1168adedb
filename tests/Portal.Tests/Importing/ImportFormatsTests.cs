using Portal.Importing;

namespace Portal.Tests.Importing;

public sealed class ImportFormatsTests
{
    [Fact]
    public void Should_Parse_Every_Name_It_Lists_Back_To_The_Format_Of_That_Name()
    {
        Assert.Equal(["uhri", "upr-info", "impact-oss"], ImportFormats.Names);
        foreach (var format in Enum.GetValues<ImportFormat>())
        {
            Assert.Equal(format, ImportFormats.Parse(ImportFormats.NameOf(format)));
            Assert.Equal(format, ImportFormats.Parse(ImportFormats.NameOf(format).ToUpperInvariant()));
        }
    }

    [Fact]
    public void Should_Refuse_A_Format_It_Does_Not_Know_Instead_Of_Taking_It_For_Another()
    {
        Assert.Throws<ArgumentException>(() => ImportFormats.Parse("csv"));
        Assert.Throws<ArgumentOutOfRangeException>(() => ImportFormats.NameOf((ImportFormat)42));
        Assert.Throws<ArgumentOutOfRangeException>(() => ImportFormats.IdPrefixOf((ImportFormat)42));
    }
}
