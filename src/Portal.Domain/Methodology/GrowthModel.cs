namespace Portal.Domain.Methodology;

public enum GrowthModel
{
    /// <summary>Compound annual growth rates, as Open SDG and Statistics Canada use.</summary>
    Compound,
    /// <summary>Average absolute change a year, where a zero or negative value leaves compound rates undefined.</summary>
    Linear,
}
