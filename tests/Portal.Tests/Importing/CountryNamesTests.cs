using Portal.Importing.Mapping;

namespace Portal.Tests.Importing;

/// <summary>State names as UN sources write them, now and in earlier years, map to ISO 3166-1 alpha-3.</summary>
public sealed class CountryNamesTests
{
    [Theory]
    [InlineData("Bolivia (Plurinational State of)", "BOL")]
    [InlineData("Bolivia", "BOL")]
    [InlineData("United Kingdom of Great Britain and Northern Ireland", "GBR")]
    [InlineData("United Kingdom", "GBR")]
    [InlineData("Côte d'Ivoire", "CIV")]
    [InlineData("Cote d'Ivoire", "CIV")]
    [InlineData("Côte d’Ivoire", "CIV")]
    [InlineData("COTE D'IVOIRE", "CIV")]
    [InlineData("Türkiye", "TUR")]
    [InlineData("Turkey", "TUR")]
    [InlineData("Democratic Republic of Congo", "COD")]
    [InlineData("Democratic Republic of the Congo", "COD")]
    [InlineData("Congo", "COG")]
    [InlineData("Republic of Congo", "COG")]
    [InlineData("DPR Korea", "PRK")]
    [InlineData("Republic of Korea", "KOR")]
    [InlineData("Macedonia FYR", "MKD")]
    [InlineData("The former Yugoslav Republic of Macedonia", "MKD")]
    [InlineData("North Macedonia", "MKD")]
    [InlineData("Swaziland", "SWZ")]
    [InlineData("Eswatini", "SWZ")]
    [InlineData("Cape Verde", "CPV")]
    [InlineData("St Vincent & the Grenadines", "VCT")]
    [InlineData("Saint Kitts and Nevis", "KNA")]
    [InlineData("Sao Tome & Principe", "STP")]
    [InlineData("Guinea Bissau", "GNB")]
    [InlineData("Viet Nam", "VNM")]
    [InlineData("Iran (Islamic Republic of)", "IRN")]
    [InlineData("Venezuela (Bolivarian Republic of)", "VEN")]
    [InlineData("Micronesia (Federated States of)", "FSM")]
    [InlineData("Netherlands (Kingdom of the)", "NLD")]
    [InlineData("Holy See", "VAT")]
    [InlineData("State of Palestine", "PSE")]
    [InlineData("Palestine", "PSE")]
    [InlineData("Czech Republic", "CZE")]
    [InlineData("ESP", "ESP")]
    [InlineData("ES", "ESP")]
    public void Should_Map_A_State_Name_To_Its_Alpha3_Code(string name, string code)
    {
        Assert.Equal(code, CountryNames.Find(name));
    }

    [Theory]
    [InlineData("Atlantis")]
    [InlineData("(Unknown)")]
    [InlineData("")]
    [InlineData("XYZ")]
    public void Should_Map_No_Code_To_A_Name_It_Does_Not_Know(string name)
    {
        Assert.Null(CountryNames.Find(name));
    }

    [Fact]
    public void Should_Know_Every_UN_Member_And_Observer_State_By_Its_UN_Name()
    {
        var lines = typeof(CountryNames).Assembly
            .GetType("Portal.Importing.Mapping.UnStateNames")!
            .GetField("MemberAndObserverStates")!
            .GetValue(null) as string;
        var states = lines!.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        Assert.Equal(195, states.Length);
        Assert.All(states, line => Assert.Equal(line.Split('|')[1], CountryNames.Find(line.Split('|')[0])));
    }
}
