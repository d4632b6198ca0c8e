using FunderPortal.Rounds;

namespace FunderPortal.Exports;

/// <summary>
/// A round's panel payments as a spreadsheet, one panellist a row, by pseudonym: time and what each is owed. Nothing
/// else about panellists (their needs, contact or who they are) is exported.
/// </summary>
public static class PanelPaymentsExport
{
    public static ExportTable<PanellistPayment> Table { get; } = new("panel-payments",
    [
        new("Panellist", p => ExportCell.Of(p.Pseudonym)),
        new("Panellist id", p => ExportCell.Of(p.PanellistId)),
        new("Paid as", p => ExportCell.Of(p.Payment.ToString())),
        new("Minutes", p => ExportCell.Of(p.Minutes)),
        new("Value (£)", p => ExportCell.Pence(p.ValuePence)),
        new("In money (£)", p => ExportCell.Pence(p.CashPence)),
        new("In kind (£)", p => ExportCell.Pence(p.NonCashPence)),
    ]);
}
