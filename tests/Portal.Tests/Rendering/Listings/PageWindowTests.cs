using Portal.Rendering.Listings;

namespace Portal.Tests.Rendering.Listings;

public sealed class PageWindowTests
{
    /// <summary>The bar as a reader sees it: page numbers, and gaps as "first-last".</summary>
    private static string Bar(int current, int count) =>
        string.Join(' ', PageWindow.Of(current, count).Select(s => s.IsGap ? $"[{s.First}-{s.Last}]" : s.First.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Should_Mark_The_Pages_Left_Out_On_Both_Sides_Of_A_Page_In_The_Middle()
    {
        Assert.Equal("1 [2-397] 398 399 400 401 402 [403-822] 823", Bar(400, 823));
    }

    [Fact]
    public void Should_Show_Every_Page_Of_A_Short_List()
    {
        Assert.Equal("1 2 3 4 5", Bar(3, 5));
    }

    [Fact]
    public void Should_Show_One_Page_Rather_Than_A_Gap_That_Hides_Only_It()
    {
        Assert.Equal("1 2 3 4 5 6 7 [8-9] 10", Bar(5, 10));
    }

    [Fact]
    public void Should_Offer_The_First_And_Last_Pages_From_The_First_Page()
    {
        Assert.Equal("1 2 3 [4-822] 823", Bar(1, 823));
    }

    [Fact]
    public void Should_Offer_The_First_And_Last_Pages_From_The_Last_Page()
    {
        Assert.Equal("1 [2-820] 821 822 823", Bar(823, 823));
    }

    [Fact]
    public void Should_Show_A_Single_Page_Alone()
    {
        Assert.Equal("1", Bar(1, 1));
    }

    [Fact]
    public void Should_Account_For_Every_Page_Once_In_Order_Whatever_The_Current_Page()
    {
        for (var count = 1; count <= 30; count++)
        {
            for (var current = 1; current <= count; current++)
            {
                var slots = PageWindow.Of(current, count);
                var covered = slots.SelectMany(s => Enumerable.Range(s.First, s.Last - s.First + 1));

                Assert.Equal(Enumerable.Range(1, count), covered);
                Assert.Contains(PageSlot.Page(current), slots);
                Assert.DoesNotContain(slots.Zip(slots.Skip(1)), pair => pair.First.IsGap && pair.Second.IsGap);
            }
        }
    }

    [Fact]
    public void Should_Refuse_A_Current_Page_Outside_The_List()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PageWindow.Of(5, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => PageWindow.Of(0, 4));
    }
}
