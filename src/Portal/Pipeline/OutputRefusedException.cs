namespace Portal.Pipeline;

/// <summary>The output folder is not the build's to replace: it holds the inputs, or files the build did not write.</summary>
internal sealed class OutputRefusedException(string reason) : Exception(reason);
