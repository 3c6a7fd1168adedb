using Portal.Feeds;

namespace Portal.Tests.Feeds;

public sealed class FeedIdTests
{
    [Fact]
    public void Should_Make_Name_Based_Uuids_As_Rfc_9562_Does()
    {
        var dns = new Guid("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

        Assert.Equal(new Guid("886313e1-3b8a-5372-9b90-0c9aee199e5d"), FeedIds.NameBased(dns, "python.org"));
    }

    [Fact]
    public void Should_Give_A_Key_The_Same_Id_In_Every_Build_And_Another_Key_Another()
    {
        // Pinned: an Atom id must never change, or readers show every entry again as new.
        Assert.Equal("urn:uuid:e157bf67-29ae-55d3-85bf-20821e1078c1", FeedIds.Of("progress/a/2025-01-01/1"));
        Assert.NotEqual(FeedIds.Of("progress/a/2025-01-01/1"), FeedIds.Of("progress/a/2025-01-01/2"));
        Assert.StartsWith("urn:uuid:", FeedIds.Of("news/x"), StringComparison.Ordinal);
    }
}
