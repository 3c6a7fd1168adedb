namespace Portal.Cli;

/// <summary>
/// How a failure nobody foresaw is told: one line with the message and the exception's type, for the user to
/// report, and the stack trace only when <c>PORTAL_DEBUG=1</c> asks for it.
/// </summary>
internal static class InternalError
{
    public const string DebugVariable = "PORTAL_DEBUG";

    public static void Write(TextWriter error, string lead, Exception exception)
    {
        var cause = exception is AggregateException { InnerExceptions.Count: 1 } single ? single.InnerExceptions[0] : exception;
        var message = string.Join(' ', cause.Message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
        error.WriteLine($"{lead}{message} ({cause.GetType().FullName})");
        if (Environment.GetEnvironmentVariable(DebugVariable) == "1")
        {
            error.WriteLine(exception);
        }
    }
}
