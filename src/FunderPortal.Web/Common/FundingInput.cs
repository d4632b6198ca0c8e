using FunderPortal.Charities;
using FunderPortal.Common;

namespace FunderPortal.Web.Common;

/// <summary>A funding entry as typed: pounds as written, read into whole pence when it is saved.</summary>
public sealed class FundingInput
{
    public string? Id { get; set; }
    public FundingKind Kind { get; set; } = FundingKind.SelfFunded;
    public string? Amount { get; set; }
    public string? FunderName { get; set; }
    public string? FunderOrgId { get; set; }
    public string? Note { get; set; }

    public static FundingInput For(LineFunding f) => new()
    {
        Id = f.Id,
        Kind = f.Kind,
        Amount = Money.PoundsInput(f.AmountPence),
        FunderName = f.FunderName,
        FunderOrgId = f.FunderOrgId,
        Note = f.Note,
    };

    /// <summary>The details to save; null (with the amount's error added) when the pounds cannot be read.</summary>
    public FundingDetails? ToDetails(FormErrors errors)
    {
        var pence = Money.ParsePounds(Amount);
        if (!string.IsNullOrWhiteSpace(Amount) && pence is null)
        {
            errors.Add("amountPence", "Write an amount in pounds, such as 250 or 12.50.");
            return null;
        }
        return new FundingDetails(Kind, pence, Text.Clean(FunderName), Text.Clean(FunderOrgId)?.Trim(), Text.Clean(Note));
    }
}
