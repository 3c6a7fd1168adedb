namespace Portal.Rendering.Templates;

/// <summary>
/// Markup the build produced itself (rendered Markdown, a chart, a partial): the one kind of value templates
/// write without escaping. Data never becomes RawHtml except through an encoder.
/// </summary>
public sealed record RawHtml(string Html)
{
    public static RawHtml Empty { get; } = new(string.Empty);

    public override string ToString() => Html;
}
