namespace Portal.Importing.Mapping;

/// <summary>
/// Maps the names exports give a mechanism ("Committee on the Rights of the Child", "CRC",
/// "Special Rapporteur on the right to food") onto the contract's codes (UPR, CRC, SP, ...).
/// </summary>
public static class MechanismNames
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["upr"] = "UPR",
        ["universal periodic review"] = "UPR",
        ["upr working group"] = "UPR",
        ["working group on the universal periodic review"] = "UPR",
        ["ccpr"] = "CCPR",
        ["hrc"] = "CCPR",
        ["human rights committee"] = "CCPR",
        ["cescr"] = "CESCR",
        ["committee on economic social and cultural rights"] = "CESCR",
        ["cerd"] = "CERD",
        ["committee on the elimination of racial discrimination"] = "CERD",
        ["cedaw"] = "CEDAW",
        ["committee on the elimination of discrimination against women"] = "CEDAW",
        ["cat"] = "CAT",
        ["committee against torture"] = "CAT",
        ["crc"] = "CRC",
        ["committee on the rights of the child"] = "CRC",
        ["cmw"] = "CMW",
        ["committee on migrant workers"] = "CMW",
        ["committee on the protection of the rights of all migrant workers and members of their families"] = "CMW",
        ["crpd"] = "CRPD",
        ["committee on the rights of persons with disabilities"] = "CRPD",
        ["ced"] = "CED",
        ["committee on enforced disappearances"] = "CED",
        // IMPACT OSS installations name some bodies by the treaty they monitor ("... [ICCPR]").
        ["iccpr"] = "CCPR",
        ["international covenant on civil and political rights"] = "CCPR",
        ["icescr"] = "CESCR",
        ["international covenant on economic social and cultural rights"] = "CESCR",
        ["icerd"] = "CERD",
        ["international convention on the elimination of all forms of racial discrimination"] = "CERD",
        ["committee for the elimination of all forms of racial discrimination"] = "CERD",
        ["committee for the elimination of all forms of discrimination against women"] = "CEDAW",
        ["convention on the elimination of all forms of discrimination against women"] = "CEDAW",
        ["committee against torture and other cruel inhuman or degrading treatment or punishment"] = "CAT",
        ["convention against torture"] = "CAT",
        ["convention on the rights of the child"] = "CRC",
        ["convention on the rights of persons with disabilities"] = "CRPD",
        ["icrmw"] = "CMW",
        ["icmw"] = "CMW",
        ["icpped"] = "CED",
        ["cped"] = "CED",
        ["sp"] = "SP",
        ["special procedures"] = "SP",
        ["special procedure"] = "SP",
    };

    /// <summary>Mandates of the special procedures are named after their holders' titles.</summary>
    private static readonly string[] SpecialProcedurePrefixes =
        ["special rapporteur", "independent expert", "working group on", "working group of experts", "special procedures"];

    /// <summary>Document symbols name the treaty body that issued them (CRC/C/ESP/CO/5-6).</summary>
    private static readonly (string Prefix, string Code)[] SymbolPrefixes =
    [
        ("CCPR/", "CCPR"), ("E/C.12/", "CESCR"), ("CERD/", "CERD"), ("CEDAW/", "CEDAW"), ("CAT/", "CAT"),
        ("CRC/", "CRC"), ("CMW/", "CMW"), ("CRPD/", "CRPD"), ("CED/", "CED"),
    ];

    /// <summary>The contract's code, or null when the name is not one this knows.</summary>
    public static string? Find(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var key = Normalise(name);
        if (Names.TryGetValue(key, out var code))
        {
            return code;
        }

        return SpecialProcedurePrefixes.Any(p => key.StartsWith(p, StringComparison.Ordinal)) || SpecialProcedureMandate.Of(name) is not null
            ? "SP"
            : null;
    }

    /// <summary>The treaty body that a document symbol belongs to, or null.</summary>
    public static string? FromSymbol(string? symbol)
    {
        if (string.IsNullOrWhiteSpace(symbol))
        {
            return null;
        }

        var trimmed = symbol.Trim();
        return SymbolPrefixes.FirstOrDefault(p => trimmed.StartsWith(p.Prefix, StringComparison.OrdinalIgnoreCase)).Code;
    }

    private static string Normalise(string name)
    {
        var letters = name.Trim().ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : ' ');
        return string.Join(' ', new string([.. letters]).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
