using Portal.Importing.Mapping;

namespace Portal.Tests.Importing;

/// <summary>The small readers of cell values: multi-value cells, SDG labels, dates, cycles, responses, mechanisms.</summary>
public sealed class CellParsingTests
{
    [Fact]
    public void Should_Split_A_Multi_Value_Cell_On_Lines_Starting_With_A_Dash()
    {
        var values = MultiValueCell.Split("- Right to adequate housing\n- Poverty\r\n- Women &amp; girls");

        Assert.Equal(["Right to adequate housing", "Poverty", "Women & girls"], values);
    }

    [Theory]
    [InlineData("Poverty", "Poverty")]
    [InlineData("- Poverty", "Poverty")]
    [InlineData("  - Poverty  ", "Poverty")]
    public void Should_Read_A_Single_Value_With_Or_Without_A_Dash(string cell, string expected)
    {
        Assert.Equal([expected], MultiValueCell.Split(cell));
    }

    [Fact]
    public void Should_Drop_Empty_Lines_And_Repeated_Values_In_A_Multi_Value_Cell()
    {
        Assert.Equal(["Poverty"], MultiValueCell.Split("- Poverty\n\n- \n- poverty"));
        Assert.Empty(MultiValueCell.Split(""));
    }

    [Theory]
    [InlineData("16.2 - Protect children from abuse, exploitation, trafficking and violence", "16.2")]
    [InlineData("1 - NO POVERTY", "1")]
    [InlineData("16.b - Promote and enforce non-discriminatory laws", "16.b")]
    [InlineData("Goal 16", "16")]
    [InlineData("SDG 6.1", "6.1")]
    [InlineData("Target 11.1", "11.1")]
    [InlineData("17", "17")]
    public void Should_Read_The_SDG_Code_From_A_Label(string label, string expected)
    {
        Assert.Equal(expected, SdgCodes.Parse(label));
    }

    [Theory]
    [InlineData("18 - A goal that does not exist")]
    [InlineData("Peace, justice and strong institutions")]
    [InlineData("")]
    [InlineData("160.2 - a paragraph, not a target")]
    public void Should_Find_No_SDG_Code_Where_There_Is_None(string label)
    {
        Assert.Null(SdgCodes.Parse(label));
    }

    [Theory]
    [InlineData("43854", false, "2020-01-24")]
    [InlineData("43854.75", false, "2020-01-24")]
    [InlineData("42392", true, "2020-01-24")]
    [InlineData("61", false, "1900-03-01")]
    public void Should_Turn_An_Excel_Serial_Number_Into_A_Date(string serial, bool date1904, string expected)
    {
        Assert.True(ExcelSerialDate.TryConvert(serial, date1904, out var date));
        Assert.Equal(expected, date);
    }

    [Theory]
    [InlineData("2020-01-24", "2020-01-24")]
    [InlineData("2020-01-24T00:00:00", "2020-01-24")]
    [InlineData("2020-01-24 13:45:00", "2020-01-24")]
    [InlineData("2020-01-24T00:00:00Z", "2020-01-24")]
    [InlineData("2020", "2020")]
    [InlineData("2020-01", "2020-01")]
    [InlineData("43854", "2020-01-24")]
    [InlineData("24 January 2020", "2020-01-24")]
    [InlineData("January 24, 2020", "2020-01-24")]
    [InlineData("January 2020", "2020-01")]
    [InlineData("24/01/2020", "2020-01-24")]
    [InlineData("24.01.2020", "2020-01-24")]
    public void Should_Read_The_Dates_Exports_Hold(string text, string expected)
    {
        Assert.True(DateText.TryParse(text, date1904: false, DayMonthOrder.DayFirst, out var date));
        Assert.Equal(expected, date);
    }

    [Theory]
    [InlineData("next spring")]
    [InlineData("2020-13-01")]
    [InlineData("31/02/2020")]
    [InlineData("12")]
    public void Should_Not_Read_What_Is_Not_A_Date(string text)
    {
        Assert.False(DateText.TryParse(text, date1904: false, DayMonthOrder.DayFirst, out _));
    }

    [Fact]
    public void Should_Tell_From_A_Column_Whether_The_Month_Comes_First()
    {
        Assert.Equal(DayMonthOrder.MonthFirst, DateText.InferOrder(["03/04/2020", "01/24/2020"]));
        Assert.Equal(DayMonthOrder.DayFirst, DateText.InferOrder(["03/04/2020", "24/01/2020"]));
        Assert.Equal(DayMonthOrder.DayFirst, DateText.InferOrder(["03/04/2020"]));
        Assert.True(DateText.TryParse("03/04/2020", false, DayMonthOrder.MonthFirst, out var date));
        Assert.Equal("2020-03-04", date);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(12, 1)]
    [InlineData(13, 2)]
    [InlineData(26, 2)]
    [InlineData(27, 3)]
    [InlineData(40, 3)]
    [InlineData(41, 4)]
    [InlineData(54, 4)]
    public void Should_Derive_The_UPR_Cycle_From_The_Session(int session, int cycle)
    {
        Assert.Equal(cycle, UprCycle.FromSession(session));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(55)]
    public void Should_Give_No_Cycle_For_A_Session_Outside_The_Known_Cycles(int session)
    {
        Assert.Null(UprCycle.FromSession(session));
    }

    [Theory]
    [InlineData("Accepted", "supported")]
    [InlineData("Supported", "supported")]
    [InlineData("Voluntary Pledge", "supported")]
    [InlineData("Supported in part", "supported-in-part")]
    [InlineData("Partially supported", "supported-in-part")]
    [InlineData("Noted", "noted")]
    [InlineData("Rejected", "noted")]
    [InlineData("NOTED ", "noted")]
    [InlineData("Pending", "pending")]
    public void Should_Map_Each_Response_Vocabulary_Onto_The_Contracts(string word, string expected)
    {
        Assert.Equal(expected, ResponseWords.Find(word));
    }

    [Fact]
    public void Should_Read_IMPACT_OSS_Support_Levels_Only_Where_Asked()
    {
        Assert.Equal("noted", ResponseWords.Find("0", acceptSupportLevels: true));
        Assert.Equal("supported-in-part", ResponseWords.Find("1", acceptSupportLevels: true));
        Assert.Equal("supported", ResponseWords.Find("2", acceptSupportLevels: true));
        Assert.Null(ResponseWords.Find("2"));
        Assert.Null(ResponseWords.Find("Under consideration"));
    }

    [Fact]
    public void Should_Call_A_Mix_Of_Supported_And_Noted_Positions_Supported_In_Part()
    {
        Assert.Equal("supported-in-part", ResponseWords.Combine(["supported", "noted"]));
        Assert.Equal("noted", ResponseWords.Combine(["noted", "noted"]));
        Assert.Null(ResponseWords.Combine([]));
    }

    [Theory]
    [InlineData("UPR", "UPR")]
    [InlineData("Committee on the Rights of the Child", "CRC")]
    [InlineData("Committee on Economic, Social and Cultural Rights", "CESCR")]
    [InlineData("Human Rights Committee", "CCPR")]
    [InlineData("Special Rapporteur on the right to food", "SP")]
    [InlineData("Working Group on Arbitrary Detention", "SP")]
    [InlineData("cedaw", "CEDAW")]
    public void Should_Map_Mechanism_Names_To_The_Contracts_Codes(string name, string expected)
    {
        Assert.Equal(expected, MechanismNames.Find(name));
    }

    [Theory]
    [InlineData("CRC/C/KEN/CO/9", "CRC")]
    [InlineData("E/C.12/ESP/CO/6", "CESCR")]
    [InlineData("A/HRC/44/7", null)]
    public void Should_Tell_The_Treaty_Body_From_A_Document_Symbol(string symbol, string? expected)
    {
        Assert.Equal(expected, MechanismNames.FromSymbol(symbol));
    }

    [Fact]
    public void Should_Decode_Entities_And_Collapse_White_Space_In_Cell_Text()
    {
        Assert.Equal("(Unknown)", TextCleaner.Clean("&#40;Unknown&#41;"));
        Assert.Equal("a b c", TextCleaner.Clean("  a\u00A0 b\n\tc "));
    }
}
