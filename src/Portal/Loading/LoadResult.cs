using Portal.Domain.Model;
using Portal.Domain.Validation;

namespace Portal.Loading;

/// <summary>What the loader read, the accounting of each file's rows, and how to point at any cell of them.</summary>
internal sealed record LoadResult(PortalData Data, RowLedger Ledger, IColumnLocator Cells);
