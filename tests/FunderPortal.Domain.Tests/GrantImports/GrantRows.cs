using FunderPortal.GrantImports;

namespace FunderPortal.Domain.Tests.GrantImports;

/// <summary>Rows of a 360Giving file for the import rules: a valid one, and the same with fields changed or left out.</summary>
public static class GrantRows
{
    public const string FunderOrgId = "GB-CHC-7654321";
    public static readonly DateOnly Today = new(2026, 1, 5);

    public static GrantImportRow Valid(int row = 2, params (GrantField Field, string? Value)[] changes)
    {
        var values = new Dictionary<GrantField, string>
        {
            [GrantField.Identifier] = "360G-hopetrust-a1",
            [GrantField.Title] = "Peer support",
            [GrantField.Description] = "Two years of peer support groups",
            [GrantField.Currency] = "GBP",
            [GrantField.AmountAwarded] = "12500.50",
            [GrantField.AwardDate] = "2025-03-31",
            [GrantField.PlannedStartDate] = "2025-04-01",
            [GrantField.PlannedEndDate] = "2027-03-31",
            [GrantField.RecipientOrgId] = "GB-CHC-1234567",
            [GrantField.RecipientOrgName] = "Hope Street",
            [GrantField.FundingOrgId] = FunderOrgId,
        };
        foreach (var (field, value) in changes)
        {
            if (value is null)
                values.Remove(field);
            else
                values[field] = value;
        }
        return new GrantImportRow(row, values);
    }

    public static GrantImportRules.RowCheck Check(GrantImportRow row, GrantImportFormat format = GrantImportFormat.Csv) =>
        GrantImportRules.Check(row, FunderOrgId, format, Today);

    public static ImportedGrant Grant(params (GrantField Field, string? Value)[] changes) =>
        Check(Valid(2, changes)).Grant ?? throw new InvalidOperationException("The row was refused.");
}
