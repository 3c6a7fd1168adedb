namespace Portal.Rendering.Theme;

/// <summary>A template or page asked for UI text the language file does not have.</summary>
public sealed class MissingUiStringException(string key)
    : Exception($"the UI string '{key}' is missing from the theme's language file")
{
    public string Key { get; } = key;
}
