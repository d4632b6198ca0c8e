using FunderPortal.Charities;
using FunderPortal.Common;

namespace FunderPortal.Funders;

public static partial class FunderDecisions
{
    /// <summary>
    /// What a funder's editor must say to pledge: which charity, which line of its plan, how much. The charity then decides
    /// whether its plan is shared with the funder and whether the amount fits the line.
    /// </summary>
    public static (string CharityOrgId, string LineId, long AmountPence) CheckPledge(string? charityOrgId, string? lineId, long? amountPence)
    {
        var errors = new ErrorBag();
        if (!OrgId.IsValid(charityOrgId))
            errors.Add("charityOrgId", "Not an org-id of a charity that shares its plan with you.");
        if (string.IsNullOrWhiteSpace(lineId))
            errors.Add("lineId", "Required: the id of a line in the charity's resourcing plan.");
        if (amountPence is null)
            errors.Add("amountPence", "Required: the amount offered, in whole pence.");
        errors.ThrowIfAny();
        return (charityOrgId!, lineId!, amountPence!.Value);
    }

    /// <summary>Keeps the pledge the charity recorded, once (a retry of the same request finds it already kept).</summary>
    public static IReadOnlyList<FunderEvent> MakePledge(FunderState state, Pledge pledge, string charityOrgId, string lineId) =>
        state.FindPledge(pledge.Id) is null ? [new PledgeMade(pledge.Id, charityOrgId, lineId, pledge.AmountPence)] : [];

    /// <summary>A pledge this funder offered, to withdraw; another's, or one it never made, is not found.</summary>
    public static FunderPledge RequirePledge(FunderState state, string pledgeId) =>
        state.FindPledge(pledgeId) ?? throw new NotFoundException($"No pledge '{pledgeId}' offered by this funder.");
}
