namespace Portal.Importing.Mapping;

/// <summary>How to read a date such as 03/04/2020: the third of April or the fourth of March.</summary>
public enum DayMonthOrder
{
    DayFirst,
    MonthFirst,
}
