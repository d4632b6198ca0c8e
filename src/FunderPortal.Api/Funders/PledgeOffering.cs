using FunderPortal.Api.Charities;
using FunderPortal.Charities;
using FunderPortal.Common;
using FunderPortal.Funders;

namespace FunderPortal.Api.Funders;

/// <summary>
/// A funder's editor offers money against a line of a plan the charity shares with it, the same for the API and the web
/// portal: the funder grain says who its editors are, the charity grain whether the plan is shared with that funder.
/// </summary>
public static class PledgeOffering
{
    public static async Task<Pledge> OfferAsync(
        IGrainFactory grains, string funderOrgId, string? charityOrgId, string? lineId, long? amountPence, string? note, string subject)
    {
        var role = await grains.Funder(funderOrgId).GetMemberRoleAsync(subject) ?? throw FunderAccess.NotFound();
        if (role != MemberRole.Editor)
            throw new ForbiddenException("Only the funder's editors can pledge; you are a viewer.");
        var errors = new ErrorBag();
        if (!OrgId.IsValid(charityOrgId))
            errors.Add("charityOrgId", "Not an org-id of a charity that shares its plan with you.");
        if (string.IsNullOrWhiteSpace(lineId))
            errors.Add("lineId", "Required: the id of a line in the charity's resourcing plan.");
        if (amountPence is null)
            errors.Add("amountPence", "Required: the amount offered, in whole pence.");
        errors.ThrowIfAny();
        return await grains.Charity(charityOrgId!).OfferPledgeAsync(lineId!, funderOrgId, amountPence!.Value, note, subject);
    }
}
