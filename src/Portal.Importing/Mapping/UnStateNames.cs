namespace Portal.Importing.Mapping;

/// <summary>
/// The names under which UN exports list States: the UN's short names for its 193 member States and two
/// observer States, followed by the other spellings that UHRI, UPR Info and national tools use or used in
/// earlier years. Each line is "name|ISO 3166-1 alpha-3 code".
/// </summary>
internal static class UnStateNames
{
    public const string MemberAndObserverStates = """
        Afghanistan|AFG
        Albania|ALB
        Algeria|DZA
        Andorra|AND
        Angola|AGO
        Antigua and Barbuda|ATG
        Argentina|ARG
        Armenia|ARM
        Australia|AUS
        Austria|AUT
        Azerbaijan|AZE
        Bahamas|BHS
        Bahrain|BHR
        Bangladesh|BGD
        Barbados|BRB
        Belarus|BLR
        Belgium|BEL
        Belize|BLZ
        Benin|BEN
        Bhutan|BTN
        Bolivia (Plurinational State of)|BOL
        Bosnia and Herzegovina|BIH
        Botswana|BWA
        Brazil|BRA
        Brunei Darussalam|BRN
        Bulgaria|BGR
        Burkina Faso|BFA
        Burundi|BDI
        Cabo Verde|CPV
        Cambodia|KHM
        Cameroon|CMR
        Canada|CAN
        Central African Republic|CAF
        Chad|TCD
        Chile|CHL
        China|CHN
        Colombia|COL
        Comoros|COM
        Congo|COG
        Costa Rica|CRI
        Côte d'Ivoire|CIV
        Croatia|HRV
        Cuba|CUB
        Cyprus|CYP
        Czechia|CZE
        Democratic People's Republic of Korea|PRK
        Democratic Republic of the Congo|COD
        Denmark|DNK
        Djibouti|DJI
        Dominica|DMA
        Dominican Republic|DOM
        Ecuador|ECU
        Egypt|EGY
        El Salvador|SLV
        Equatorial Guinea|GNQ
        Eritrea|ERI
        Estonia|EST
        Eswatini|SWZ
        Ethiopia|ETH
        Fiji|FJI
        Finland|FIN
        France|FRA
        Gabon|GAB
        Gambia|GMB
        Georgia|GEO
        Germany|DEU
        Ghana|GHA
        Greece|GRC
        Grenada|GRD
        Guatemala|GTM
        Guinea|GIN
        Guinea-Bissau|GNB
        Guyana|GUY
        Haiti|HTI
        Honduras|HND
        Hungary|HUN
        Iceland|ISL
        India|IND
        Indonesia|IDN
        Iran (Islamic Republic of)|IRN
        Iraq|IRQ
        Ireland|IRL
        Israel|ISR
        Italy|ITA
        Jamaica|JAM
        Japan|JPN
        Jordan|JOR
        Kazakhstan|KAZ
        Kenya|KEN
        Kiribati|KIR
        Kuwait|KWT
        Kyrgyzstan|KGZ
        Lao People's Democratic Republic|LAO
        Latvia|LVA
        Lebanon|LBN
        Lesotho|LSO
        Liberia|LBR
        Libya|LBY
        Liechtenstein|LIE
        Lithuania|LTU
        Luxembourg|LUX
        Madagascar|MDG
        Malawi|MWI
        Malaysia|MYS
        Maldives|MDV
        Mali|MLI
        Malta|MLT
        Marshall Islands|MHL
        Mauritania|MRT
        Mauritius|MUS
        Mexico|MEX
        Micronesia (Federated States of)|FSM
        Monaco|MCO
        Mongolia|MNG
        Montenegro|MNE
        Morocco|MAR
        Mozambique|MOZ
        Myanmar|MMR
        Namibia|NAM
        Nauru|NRU
        Nepal|NPL
        Netherlands (Kingdom of the)|NLD
        New Zealand|NZL
        Nicaragua|NIC
        Niger|NER
        Nigeria|NGA
        North Macedonia|MKD
        Norway|NOR
        Oman|OMN
        Pakistan|PAK
        Palau|PLW
        Panama|PAN
        Papua New Guinea|PNG
        Paraguay|PRY
        Peru|PER
        Philippines|PHL
        Poland|POL
        Portugal|PRT
        Qatar|QAT
        Republic of Korea|KOR
        Republic of Moldova|MDA
        Romania|ROU
        Russian Federation|RUS
        Rwanda|RWA
        Saint Kitts and Nevis|KNA
        Saint Lucia|LCA
        Saint Vincent and the Grenadines|VCT
        Samoa|WSM
        San Marino|SMR
        Sao Tome and Principe|STP
        Saudi Arabia|SAU
        Senegal|SEN
        Serbia|SRB
        Seychelles|SYC
        Sierra Leone|SLE
        Singapore|SGP
        Slovakia|SVK
        Slovenia|SVN
        Solomon Islands|SLB
        Somalia|SOM
        South Africa|ZAF
        South Sudan|SSD
        Spain|ESP
        Sri Lanka|LKA
        Sudan|SDN
        Suriname|SUR
        Sweden|SWE
        Switzerland|CHE
        Syrian Arab Republic|SYR
        Tajikistan|TJK
        Thailand|THA
        Timor-Leste|TLS
        Togo|TGO
        Tonga|TON
        Trinidad and Tobago|TTO
        Tunisia|TUN
        Türkiye|TUR
        Turkmenistan|TKM
        Tuvalu|TUV
        Uganda|UGA
        Ukraine|UKR
        United Arab Emirates|ARE
        United Kingdom of Great Britain and Northern Ireland|GBR
        United Republic of Tanzania|TZA
        United States of America|USA
        Uruguay|URY
        Uzbekistan|UZB
        Vanuatu|VUT
        Venezuela (Bolivarian Republic of)|VEN
        Viet Nam|VNM
        Yemen|YEM
        Zambia|ZMB
        Zimbabwe|ZWE
        Holy See|VAT
        State of Palestine|PSE
        """;

    /// <summary>Short forms, ISO-style "Name, qualifier" forms, and names the sources used before a State renamed itself.</summary>
    public const string OtherSpellings = """
        Bolivia|BOL
        Bolivia, Plurinational State of|BOL
        Brunei|BRN
        Cape Verde|CPV
        Republic of Cabo Verde|CPV
        Cote d'Ivoire|CIV
        Ivory Coast|CIV
        Czech Republic|CZE
        DPR Korea|PRK
        DPRK|PRK
        North Korea|PRK
        Korea, Democratic People's Republic of|PRK
        Korea (Democratic People's Republic of)|PRK
        Democratic Republic of Congo|COD
        Congo, Democratic Republic of the|COD
        Congo, The Democratic Republic of the|COD
        Congo (Democratic Republic of the)|COD
        DR Congo|COD
        DRC|COD
        Zaire|COD
        Republic of Congo|COG
        Republic of the Congo|COG
        Congo, Republic of the|COG
        Congo (Republic of the)|COG
        Congo-Brazzaville|COG
        Swaziland|SWZ
        Kingdom of Eswatini|SWZ
        Gambia (Republic of The)|GMB
        Iran|IRN
        Iran, Islamic Republic of|IRN
        Kyrgyz Republic|KGZ
        Laos|LAO
        Lao PDR|LAO
        Libyan Arab Jamahiriya|LBY
        Macedonia FYR|MKD
        FYR Macedonia|MKD
        Macedonia|MKD
        The former Yugoslav Republic of Macedonia|MKD
        Macedonia, the former Yugoslav Republic of|MKD
        Republic of North Macedonia|MKD
        Micronesia|FSM
        Micronesia, Federated States of|FSM
        Moldova|MDA
        Moldova, Republic of|MDA
        Burma|MMR
        Netherlands|NLD
        Kingdom of the Netherlands|NLD
        Palestine|PSE
        Palestine, State of|PSE
        Occupied Palestinian Territory|PSE
        Palestinian Territories|PSE
        South Korea|KOR
        Korea, Republic of|KOR
        Korea (Republic of)|KOR
        Russia|RUS
        Slovak Republic|SVK
        Syria|SYR
        East Timor|TLS
        Tanzania|TZA
        Tanzania, United Republic of|TZA
        Turkey|TUR
        Republic of Türkiye|TUR
        United Kingdom|GBR
        UK|GBR
        Great Britain|GBR
        United States|USA
        USA|USA
        UAE|ARE
        Venezuela|VEN
        Venezuela, Bolivarian Republic of|VEN
        Vietnam|VNM
        Vatican|VAT
        Vatican City|VAT
        Holy See (Vatican City State)|VAT
        Serbia and Montenegro|SCG
        """;
}
