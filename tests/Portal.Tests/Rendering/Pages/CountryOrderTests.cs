using System.Globalization;
using Portal.Rendering.Pages;

namespace Portal.Tests.Rendering.Pages;

[Collection(Portal.Tests.Pipeline.CultureCollection.Name)]
public sealed class CountryOrderTests
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["AND"] = "Andorra",
        ["ARE"] = "United Arab Emirates",
        ["ALA"] = "Åland Islands",
        ["CIV"] = "Côte d’Ivoire",
        ["CRI"] = "Costa Rica",
        ["HRV"] = "Croatia",
        ["TUR"] = "Türkiye",
        ["TUN"] = "Tunisia",
    };

    [Fact]
    public void Should_Order_Countries_By_Name_With_Accented_Letters_Beside_Plain_Ones()
    {
        var ordered = CountryOrder.ByName(Names.Keys, code => Names[code]);

        Assert.Equal(["ALA", "AND", "CRI", "CIV", "HRV", "TUN", "TUR", "ARE"], ordered);
    }

    [Fact]
    public void Should_Order_Countries_The_Same_Way_Under_Any_Machine_Culture()
    {
        var reference = CountryOrder.ByName(Names.Keys, code => Names[code]);

        foreach (var culture in new[] { "tr-TR", "sv-SE", "lt-LT", "ar-SA" })
        {
            var previous = CultureInfo.CurrentCulture;
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            try
            {
                Assert.Equal(reference, CountryOrder.ByName(Names.Keys, code => Names[code]));
            }
            finally
            {
                CultureInfo.CurrentCulture = previous;
            }
        }
    }

    [Fact]
    public void Should_Break_A_Tie_Between_Equal_Names_By_Code()
    {
        var ordered = CountryOrder.ByName(["ZZB", "ZZA"], _ => "Same");

        Assert.Equal(["ZZA", "ZZB"], ordered);
    }
}
