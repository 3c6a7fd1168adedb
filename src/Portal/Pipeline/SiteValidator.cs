using Portal.Domain.Diagnostics;
using Portal.Domain.Model;

namespace Portal.Pipeline;

/// <summary><c>validate</c>: every check a build makes, and nothing written.</summary>
public sealed class SiteValidator
{
    public BuildReport Validate(BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var clock = new PhaseClock(SilentProgress.Instance);
        var input = clock.Time("load and validate", () => InputChecker.Check(options, diagnostics));
        if (!diagnostics.HasErrors)
        {
            // Evaluating the model proves the methodology runs on this data, as a build would.
            clock.Time("model", () => PortalModel.Build(input.Data, options.AsOf));
        }

        return new BuildReport { Files = input.Files, Diagnostics = diagnostics.Sorted(), Phases = clock.Phases };
    }
}
