namespace Portal.TextFiles.Encodings;

/// <summary>
/// The letters beyond ASCII that each language of the code pages' regions writes, in lower case. Text read in
/// the right code page draws its accented letters from one language (or a few close ones); read in the
/// wrong one, it mixes letters that no single language has, such as ŕ and č beside è. Names travel within a
/// region (Hissène Habré and São Paulo in an English or Spanish text), so a Latin letter of a language of the
/// same region is as good as one of the language itself.
/// </summary>
internal static class LanguageAlphabets
{
    public static IReadOnlyList<LanguageAlphabet> All { get; } =
    [
        new("Czech", "Central European", "áčďéěíňóřšťúůýž"),
        new("Slovak", "Central European", "áäčďéíĺľňóôŕšťúýž"),
        new("Polish", "Central European", "ąćęłńóśźż"),
        new("Hungarian", "Central European", "áéíóöőúüű"),
        new("Slovene, Croatian or Bosnian", "Central European", "čćđšž"),
        new("Romanian", "Central European", "ăâîșțşţ"),
        new("Albanian", "Central European", "çë"),
        new("German", "Western European", "äöüß"),
        new("French", "Western European", "àâæçéèêëîïôœùûüÿ"),
        new("Spanish", "Western European", "áéíñóúü"),
        new("Portuguese", "Western European", "áâãàçéêíóôõú"),
        new("Italian", "Western European", "àèéìíîòóùú"),
        new("Catalan", "Western European", "àçèéíïòóúü"),
        new("Dutch", "Western European", "áéíóúëïü"),
        new("Danish or Norwegian", "Western European", "æøåé"),
        new("Swedish or Finnish", "Western European", "åäöé"),
        new("Icelandic", "Western European", "áðéíóúýþæö"),
        new("Turkish", "Turkish or Azerbaijani", "çğıöşüâîû"),
        new("Azerbaijani", "Turkish or Azerbaijani", "çəğıöşü"),
        new("Russian", "Russian", "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"),
        new("Ukrainian", "Ukrainian", "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя"),
        new("Belarusian", "Belarusian", "абвгдеёжзійклмнопрстуўфхцчшыьэюя"),
        new("Bulgarian", "Bulgarian", "абвгдежзийклмнопрстуфхцчшщъьюя"),
        new("Serbian", "Serbian", "абвгдђежзијклљмнњопрстћуфхцчџш"),
        new("Macedonian", "Macedonian", "абвгдѓежзѕијклљмнњопрстќуфхцчџш"),
        new("Greek", "Greek", "αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώϊϋΐΰ"),
    ];
}
