using System.Globalization;
using Portal.Domain.Diagnostics;
using Portal.Importing;

namespace Portal.Importing.Reading.Tables;

/// <summary>Counts the characters a workbook's strings and cells keep in memory, and refuses the workbook once they pass <see cref="ImportLimits.MaxTextCharacters"/>.</summary>
internal sealed class TextBudget
{
    private long _spent;

    public void Spend(int characters, SourceLocation at)
    {
        _spent += characters;
        if (_spent > ImportLimits.MaxTextCharacters)
        {
            throw new ExportRefusal(at, string.Create(CultureInfo.InvariantCulture, $"the workbook holds more than {ImportLimits.MaxTextCharacters:N0} characters of text; an export may hold at most that, so it is not read"));
        }
    }
}
