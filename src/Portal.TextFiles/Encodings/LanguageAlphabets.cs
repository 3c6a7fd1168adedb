namespace Portal.TextFiles.Encodings;

/// <summary>
/// The letters beyond ASCII that each language of the code pages' regions writes, in lower case. Text read in
/// the right code page draws its accented letters from one language (or a few close ones); read in the
/// wrong one, it mixes letters that no single language has, such as ŕ and č beside è.
/// </summary>
internal static class LanguageAlphabets
{
    public static IReadOnlyList<(string Language, string Letters)> All { get; } =
    [
        ("Czech", "áčďéěíňóřšťúůýž"),
        ("Slovak", "áäčďéíĺľňóôŕšťúýž"),
        ("Polish", "ąćęłńóśźż"),
        ("Hungarian", "áéíóöőúüű"),
        ("Slovene, Croatian or Bosnian", "čćđšž"),
        ("Romanian", "ăâîșțşţ"),
        ("Albanian", "çë"),
        ("German", "äöüß"),
        ("French", "àâæçéèêëîïôœùûüÿ"),
        ("Spanish", "áéíñóúü"),
        ("Portuguese", "áâãàçéêíóôõú"),
        ("Italian", "àèéìíîòóùú"),
        ("Catalan", "àçèéíïòóúü"),
        ("Dutch", "áéíóúëïü"),
        ("Danish or Norwegian", "æøåé"),
        ("Swedish or Finnish", "åäöé"),
        ("Icelandic", "áðéíóúýþæö"),
        ("Turkish", "çğıöşüâîû"),
        ("Azerbaijani", "çəğıöşü"),
        ("Russian", "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"),
        ("Ukrainian", "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя"),
        ("Belarusian", "абвгдеёжзійклмнопрстуўфхцчшыьэюя"),
        ("Bulgarian", "абвгдежзийклмнопрстуфхцчшщъьюя"),
        ("Serbian", "абвгдђежзијклљмнњопрстћуфхцчџш"),
        ("Macedonian", "абвгдѓежзѕијклљмнњопрстќуфхцчџш"),
        ("Greek", "αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώϊϋΐΰ"),
    ];
}
