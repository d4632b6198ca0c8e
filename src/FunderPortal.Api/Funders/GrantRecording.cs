using FunderPortal.Charities;
using FunderPortal.Common;
using FunderPortal.Funders;

namespace FunderPortal.Api.Funders;

/// <summary>
/// Recording a grant, the same for the API and the web portal: the funder grain records it (named as the charity shares
/// its name), then the charity is told so its funders' portfolios can show rungs at the first grant.
/// </summary>
public static class GrantRecording
{
    public static async Task<Grant> RecordAsync(IGrainFactory grains, string funderOrgId, RecordGrant command, string subject)
    {
        if (command.CharityName is null && await SharedNameAsync(grains, command.CharityOrgId, subject) is { } name)
            command = command with { CharityName = name };
        var grant = await grains.Funder(funderOrgId).RecordGrantAsync(command, subject);
        await NoteWithCharityAsync(grains, funderOrgId, grant);
        return grant;
    }

    /// <summary>The charity's own name, when it shares with the caller's funder (or the caller is its member).</summary>
    private static async Task<string?> SharedNameAsync(IGrainFactory grains, string? charityOrgId, string subject)
    {
        if (!OrgId.IsValid(charityOrgId))
            return null;
        try
        {
            return (await grains.GetGrain<ICharityGrain>(charityOrgId).GetProfileAsync(subject)).Name;
        }
        catch (NotFoundException)
        {
            return null; // not on the portal, or not shared with this funder: the org-id stands in
        }
    }

    /// <summary>
    /// Tells the charity, when it is on the portal, so its funders' portfolios can show rungs at the first grant. Best
    /// effort after the grant is safely recorded: a charity not on the portal, or a failure here, loses only that.
    /// </summary>
    private static async Task NoteWithCharityAsync(IGrainFactory grains, string funderOrgId, Grant grant)
    {
        try
        {
            await grains.GetGrain<ICharityGrain>(grant.CharityOrgId).NoteFunderGrantAsync(funderOrgId, grant.Id, grant.PlannedStart);
        }
        catch (PortalException)
        {
            // Not registered on the portal, or refused: the grant itself stands.
        }
    }
}
