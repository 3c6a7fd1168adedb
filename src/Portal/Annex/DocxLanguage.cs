namespace Portal.Annex;

/// <summary>
/// The document language Word checks spelling in, from the site's language. A bare language gets the region the
/// United Nations writes it in: its English follows British (Oxford) spelling, hence en-GB.
/// </summary>
internal static class DocxLanguage
{
    public static string Of(string language) => language.ToLowerInvariant() switch
    {
        "en" => "en-GB",
        "fr" => "fr-FR",
        "es" => "es-ES",
        "ru" => "ru-RU",
        "zh" => "zh-CN",
        "ar" => "ar-SA",
        "pt" => "pt-PT",
        _ => language,
    };
}
