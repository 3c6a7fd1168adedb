namespace Portal.Pipeline;

/// <summary>Another build holds the output's lock: it is writing the same output now.</summary>
internal sealed class OutputBusyException(string lockFile)
    : Exception($"another build is writing this output now (it holds {lockFile}); wait for it to finish");
