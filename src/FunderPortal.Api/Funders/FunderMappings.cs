using FunderPortal.Api.Admin;
using FunderPortal.Api.Charities;
using FunderPortal.Funders;

namespace FunderPortal.Api.Funders;

/// <summary>Between the HTTP contract and the grain messages, which evolve separately.</summary>
public static class FunderMappings
{
    public static RegisterFunder ToCommand(this RegisterFunderRequest r) => new(r.OrgId, r.Name, r.FunderType, r.GrantIdPrefix);

    public static ChangeFunderProfile ToCommand(this ChangeFunderProfileRequest r) => new(r.Name, r.FunderType, r.GrantIdPrefix);

    public static ProgrammeDetails ToDetails(this ProgrammeRequest r) => new(r.Title, r.Description);

    public static RecordGrant ToCommand(this RecordGrantRequest r) => new(
        r.CharityOrgId, r.CharityName, r.Title, r.Description, r.AmountPence, r.AwardDate, r.PlannedStart, r.PlannedEnd, r.Type,
        r.ProgrammeId, r.PlanLineIds ?? [], r.WorkstreamIds ?? []);

    public static GiveFeedback ToCommand(this GiveFeedbackRequest r) => new(r.CharityOrgId, r.Kind, r.Text);

    public static FunderProfileResponse ToResponse(this FunderProfile p) => new(
        p.OrgId, p.Name, p.FunderType, p.GrantIdPrefix, [.. p.Programmes.Select(ToResponse)], p.RegisteredAt, p.UpdatedAt, p.Version, p.YourRole,
        p.Verification.ToResponse(), p.Publishes360Giving);

    public static ProgrammeResponse ToResponse(this Programme p) => new(p.Id, p.Title, p.Description);

    public static GrantResponse ToResponse(this Grant g) => new(
        g.Id, g.CharityOrgId, g.CharityName, g.Title, g.Description, g.AmountPence, g.AwardDate, g.PlannedStart, g.PlannedEnd, g.Type,
        g.ProgrammeId, g.PlanLineIds, g.WorkstreamIds, g.RecordedAt, g.OpenGrantId);

    public static FeedbackResponse ToResponse(this FeedbackItem f) =>
        new(f.Id, f.CharityOrgId, f.Kind, f.Text, f.GivenAt, f.GivenBy, [.. (f.Replies ?? []).Select(r => r.ToResponse())]);

    public static PortfolioEntryResponse ToResponse(this PortfolioEntry e) => new(
        e.CharityOrgId, e.Name, e.SizeBand, e.Version, e.LastUpdate, e.NextCheckInDue,
        [.. e.Rungs.Select(r => new PortfolioRungResponse(r.WorkstreamId, r.WorkstreamTitle, r.ActivityKind, r.Current, r.Evidenced, r.AtFirstGrant))],
        e.OpenBarrierKinds, e.PlanGapPence, e.AttestationRatePercent, e.ShareScope, e.ShareExpiresAt, e.OrganisationVerified);

    public static PortfolioResponse ToResponse(this PortfolioPage page) =>
        new(page.Count, [.. page.Entries.Select(ToResponse)], page.Next);
}
