namespace Portal.Cli;

public static class ExitCodes
{
    public const int Success = 0;
    public const int InvalidInput = 1;
    public const int Usage = 2;
    /// <summary>A failure nobody foresaw: a bug to report, never a verdict on the input.</summary>
    public const int InternalError = 3;
}
