namespace Portal.Tests.Importing.Encodings;

/// <summary>
/// UPR Info exports as a spreadsheet in each region saves them: the recommendations in the region's
/// language, written here as text and encoded by the tests in the region's code page.
/// </summary>
internal static class RegionalSamples
{
    private const string Header = "To,Text,From,Response,Issue,Session\n";

    public static string Czech { get; } = Header
        + "Czechia,\"Přijmout účinná opatření proti diskriminaci Romů v přístupu k bydlení, vzdělání a zaměstnání, zejména v Plzni, Brně a Ostravě\",Slovakia,Accepted,Minorities,16\n"
        + "Czechia,\"Zajistit, aby veřejný ochránce práv měl dostatečné zdroje a pravomoci k vyšetřování stížností na policii\",Norway,Accepted,Justice,16\n"
        + "Czechia,\"Zrušit oddělené vzdělávání romských dětí ve speciálních školách a poskytnout jim podporu v běžných třídách\",Sweden,Noted,Right to education,30\n"
        + "Czechia,\"Posílit ochranu obětí domácího násilí a obchodování s lidmi, včetně žen a dětí z Plzeň-sever\",Spain,Accepted,Women's rights,30\n";

    public static string Polish { get; } = Header
        + "Poland,\"Zapewnić równe traktowanie osób niepełnosprawnych i wzmocnić ochronę praw kobiet, szczególnie w Łodzi i Wrocławiu\",Sweden,Accepted,Women's rights,27\n"
        + "Poland,\"Zagwarantować niezależność sądów oraz Trybunału Konstytucyjnego zgodnie z zaleceniami Komisji Weneckiej\",Germany,Noted,Justice,27\n"
        + "Poland,\"Przeciwdziałać mowie nienawiści wobec mniejszości i osób LGBTI, także w samorządach województwa śląskiego\",Canada,Accepted,Minorities,41\n";

    public static string Russian { get; } = Header
        + "Российская Федерация,\"Обеспечить независимость судебной системы и защиту правозащитников от преследований\",Norway,Noted,Justice,30\n"
        + "Российская Федерация,\"Принять закон о противодействии домашнему насилию и создать приюты для пострадавших женщин\",Sweden,Noted,Women's rights,30\n"
        + "Российская Федерация,\"Гарантировать свободу мирных собраний и выражения мнений, в том числе в интернете\",Canada,Noted,Freedom of expression,44\n";

    public static string French { get; } = Header
        + "France,\"Garantir l'accès à l'éducation des enfants handicapés et renforcer la lutte contre les discriminations à l'école\",Belgique,Acceptée,Droits de l'enfant,29\n"
        + "France,\"Améliorer les conditions de détention et réduire la surpopulation carcérale, notamment à Nîmes et à Fresnes\",Suisse,Acceptée,Détention,29\n"
        + "France,\"Renforcer la protection des défenseurs des droits de l'homme et garantir la liberté de réunion pacifique\",Côte d'Ivoire,Notée,Libertés,43\n";

    public static string Spanish { get; } = Header
        + "España,\"Garantizar el acceso a la educación de los niños y niñas migrantes no acompañados en Málaga y Ceuta\",México,Aceptada,Derechos del niño,35\n"
        + "España,\"Reforzar la protección de las víctimas de violencia de género y asegurar su acceso a una vivienda digna\",Perú,Aceptada,Derechos de la mujer,35\n"
        + "España,\"Adoptar un plan nacional contra la pobreza energética y la exclusión habitacional en las ciudades\",Colombia,Anotada,Pobreza,49\n";

    public static string Greek { get; } = Header
        + "Ελλάδα,\"Να διασφαλίσει την πρόσβαση των προσφύγων και των αιτούντων άσυλο στην υγειονομική περίθαλψη\",Germany,Accepted,Asylum,25\n"
        + "Ελλάδα,\"Να ενισχύσει την καταπολέμηση της ρητορικής μίσους και των ρατσιστικών επιθέσεων κατά των μεταναστών\",Sweden,Accepted,Racial discrimination,25\n"
        + "Ελλάδα,\"Να βελτιώσει τις συνθήκες κράτησης στις φυλακές και στα κέντρα υποδοχής στη Λέσβο\",Canada,Noted,Detention,39\n";

    public static string Turkish { get; } = Header
        + "Türkiye,\"Kadınlara yönelik şiddetle mücadele için İstanbul Sözleşmesi'ni yeniden onaylamak\",Sweden,Noted,Women's rights,35\n"
        + "Türkiye,\"Gazetecilerin ve insan hakları savunucularının ifade özgürlüğünü güvence altına almak\",Norway,Noted,Freedom of expression,35\n"
        + "Türkiye,\"Çocuk işçiliğini önlemek ve göçmen çocukların eğitime erişimini sağlamak için önlemler almak\",Germany,Accepted,Rights of the child,49\n";

    public static string Arabic { get; } = Header
        + "مصر,\"ضمان استقلال القضاء وحماية المدافعين عن حقوق الإنسان من الاحتجاز التعسفي\",Norway,Noted,Justice,34\n"
        + "مصر,\"تعزيز حقوق المرأة ومكافحة العنف ضد النساء والفتيات في جميع المحافظات\",Tunisia,Accepted,Women's rights,34\n"
        + "مصر,\"ضمان حرية التعبير والتجمع السلمي وإطلاق سراح الصحفيين المحتجزين\",Canada,Noted,Freedom of expression,48\n";

    public static string German { get; } = Header
        + "Deutschland,\"Gewährleistung des Zugangs zu Bildung für geflüchtete Kinder in München, Köln und Düsseldorf\",Österreich,Angenommen,Bildung,30\n"
        + "Deutschland,\"Stärkung der Maßnahmen gegen Hassrede und rassistische Übergriffe auf Migrantinnen und Migranten\",Schweiz,Angenommen,Rassismus,30\n"
        + "Deutschland,\"Verbesserung der Lebensbedingungen von Asylsuchenden in Erstaufnahmeeinrichtungen\",Dänemark,Zur Kenntnis genommen,Asyl,44\n";

    /// <summary>French with the letters and sign that ISO-8859-15 added to ISO-8859-1: œ and €.</summary>
    public static string FrenchWithEuro { get; } = Header
        + "France,\"Garantir l'accès à l'éducation des enfants handicapés et consacrer 50 € par élève aux œuvres sociales\",Belgique,Acceptée,Droits de l'enfant,29\n"
        + "France,\"Améliorer les conditions de détention, réduire la surpopulation carcérale et le cœur du problème\",Suisse,Acceptée,Détention,29\n"
        + "France,\"Renforcer la protection des défenseurs des droits de l'homme et garantir la liberté de réunion\",Sénégal,Notée,Libertés,43\n";

    /// <summary>Polish with ą, ś and ź, which ISO-8859-2 places elsewhere than Windows-1250.</summary>
    public static string PolishWithOgonek { get; } = Header
        + "Poland,\"Zapewnić równe traktowanie osób niepełnosprawnych w Łodzi i na Śląsku oraz ochronę świadków\",Sweden,Accepted,Disabilities,27\n"
        + "Poland,\"Zagwarantować niezależność sądów i poprawić dostęp do pomocy prawnej dla osób ubogich, zwłaszcza kobiet\",Germany,Noted,Justice,27\n"
        + "Poland,\"Przeciwdziałać mowie nienawiści wobec mniejszości, w tym źródłom dezinformacji w mediach\",Canada,Accepted,Minorities,41\n";

    /// <summary>The export of the issue: English text and one city in Czech, saved by Excel in a Czech locale.</summary>
    public static string PlzenInEnglish { get; } = Header
        + "Czechia,\"Ensure access to adequate housing for Roma families\",Germany,Accepted,Right to housing,30\n"
        + "Czechia,\"Close the segregated school in Plzeň and enrol its pupils in mainstream schools\",Sweden,Accepted,Right to education,30\n";

    /// <summary>English recommendations that name Czech towns: few letters beyond ASCII, and most of them read as Italian in Windows-1252.</summary>
    public static string CzechTownsInEnglish { get; } = Header
        + "Czechia,\"Close the segregated schools in Plzeň, Ústí nad Labem and České Budějovice\",Sweden,Accepted,Right to education,30\n"
        + "Czechia,\"Investigate the eviction of Roma families in Děčín and Chomutov\",Norway,Accepted,Right to housing,30\n"
        + "Czechia,\"Support the shelter for victims of trafficking in Třinec\",Spain,Noted,Trafficking,44\n";
}
