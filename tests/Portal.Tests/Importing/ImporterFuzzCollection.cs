namespace Portal.Tests.Importing;

/// <summary>The fuzz test runs alone, after the tests that run in parallel, so that its 10-second budget measures the importer and not the machine's other work.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ImporterFuzzCollection
{
    public const string Name = "Importer fuzz";
}
