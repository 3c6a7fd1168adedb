using Portal.Domain.Reporting;

namespace Portal.Tests.Domain.Reporting;

public sealed class NaturalTextTests
{
    [Theory]
    [InlineData("150.9", "150.10")]
    [InlineData("A/HRC/7/10", "A/HRC/44/7")]
    [InlineData("CEDAW/C/ESP/CO/9", "cedaw/c/esp/co/10")]
    [InlineData("78 (a)", "78 (b)")]
    [InlineData("12", null)]
    public void Should_Put_The_First_Before_The_Second_With_Numbers_Compared_As_Numbers(string? first, string? second)
    {
        Assert.True(NaturalText.Compare(first, second) < 0);
        Assert.True(NaturalText.Compare(second, first) > 0);
    }

    [Fact]
    public void Should_Compare_A_Run_Of_Digits_Too_Long_For_A_Number_Without_Failing()
    {
        var huge = new string('9', 60);

        Assert.True(NaturalText.Compare(huge, huge + "1") < 0);
        Assert.Equal(0, NaturalText.Compare(huge, huge));
    }
}
