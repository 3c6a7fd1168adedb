using System.Text;
using Portal.Pipeline;

namespace Portal.Tests.Pipeline;

public sealed class OutputTargetTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Should_Return_The_Size_Of_What_It_Wrote_From_Bytes_And_From_A_Writer_That_Closes_Its_Stream(bool replaceInPlace)
    {
        var target = new OutputTarget(_folder.Path, replaceInPlace);

        var page = target.Write("commitments/x/index.html", Encoding.UTF8.GetBytes("<p>héllo</p>"));
        var feed = target.Write("feed.xml", stream =>
        {
            using var writer = new StreamWriter(stream);
            writer.Write("<feed/>");
        });

        Assert.Equal(new FileInfo(_folder.Combine("commitments", "x", "index.html")).Length, page);
        Assert.Equal(7, feed);
        Assert.Equal(2, target.FilesChanged);
    }

    [Fact]
    public void Should_Copy_A_File_Over_The_Served_One_Without_Leaving_A_Partial_File()
    {
        Directory.CreateDirectory(_folder.Path);
        var source = _folder.Combine("site.css");
        File.WriteAllText(source, "body { color: black; }");
        var served = _folder.Combine("output");
        var target = new OutputTarget(served, replaceInPlace: true);
        target.Write("assets/site.css", Encoding.UTF8.GetBytes("old"));

        target.Copy(source, "assets/site.css");

        Assert.Equal("body { color: black; }", File.ReadAllText(Path.Combine(served, "assets", "site.css")));
        Assert.Equal(["site.css"], Directory.GetFiles(Path.Combine(served, "assets")).Select(Path.GetFileName));
    }

    [Fact]
    public void Should_Count_A_Removed_Page_Among_The_Files_It_Changed()
    {
        var target = new OutputTarget(_folder.Path, replaceInPlace: true);
        target.Write("gone/index.html", Encoding.UTF8.GetBytes("<p>gone</p>"));

        target.Delete("gone/index.html");

        Assert.Equal(2, target.FilesChanged);
        Assert.False(Directory.Exists(_folder.Combine("gone")));
    }

    public void Dispose() => _folder.Dispose();
}
