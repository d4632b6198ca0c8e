using FunderPortal.Common;

namespace FunderPortal.Charities;

/// <summary>The resourcing plan: editors change it, members read it; pledges are offered by whoever the caller lets through.</summary>
public sealed partial class CharityGrain
{
    public async Task<ResourcingLineView> PlanResourcingLineAsync(ResourcingLineDetails details, string subject)
    {
        CharityAccess.RequireEditor(State, subject);
        var id = NewId();
        await AppendAsync(CharityDecisions.PlanResourcingLine(State, id, details), subject);
        return State.FindResourcingLine(id)!.ToView();
    }

    public async Task<IReadOnlyList<ResourcingLineView>> GetResourcingLinesAsync(string subject)
    {
        var reader = await ReaderAsync(subject, ShareScope.Resourcing, "resourcing/lines");
        return [.. State.PlanLines().Select(l => l.ToView(reader))];
    }

    public async Task<ResourcingLineView> GetResourcingLineAsync(string lineId, string subject)
    {
        var reader = await ReaderAsync(subject, ShareScope.Resourcing, $"resourcing/lines/{lineId}");
        return CharityDecisions.RequireResourcingLine(State, lineId).ToView(reader);
    }

    public async Task<ResourcingLineView> ChangeResourcingLineAsync(string lineId, ResourcingLineDetails details, string subject)
    {
        CharityAccess.RequireEditor(State, subject);
        await AppendAsync(CharityDecisions.ChangeResourcingLine(State, lineId, details), subject);
        return State.FindResourcingLine(lineId)!.ToView();
    }

    public async Task WithdrawResourcingLineAsync(string lineId, string subject)
    {
        CharityAccess.RequireEditor(State, subject);
        await AppendAsync(CharityDecisions.WithdrawResourcingLine(State, lineId), subject);
    }

    public async Task<LineFunding> RecordLineFundingAsync(string lineId, FundingDetails details, string subject)
    {
        CharityAccess.RequireEditor(State, subject);
        var id = NewId();
        await AppendAsync(CharityDecisions.RecordLineFunding(State, lineId, id, details), subject);
        return State.FindResourcingLine(lineId)!.FindFunding(id)!;
    }

    public async Task<LineFunding> GetLineFundingAsync(string lineId, string fundingId, string subject)
    {
        await ReaderAsync(subject, ShareScope.Resourcing, $"resourcing/lines/{lineId}/funding/{fundingId}");
        return CharityDecisions.RequireFunding(CharityDecisions.RequireResourcingLine(State, lineId), fundingId);
    }

    public async Task<LineFunding> ChangeLineFundingAsync(string lineId, string fundingId, FundingDetails details, string subject)
    {
        CharityAccess.RequireEditor(State, subject);
        await AppendAsync(CharityDecisions.ChangeLineFunding(State, lineId, fundingId, details), subject);
        return State.FindResourcingLine(lineId)!.FindFunding(fundingId)!;
    }

    public async Task RemoveLineFundingAsync(string lineId, string fundingId, string subject)
    {
        CharityAccess.RequireEditor(State, subject);
        await AppendAsync(CharityDecisions.RemoveLineFunding(State, lineId, fundingId), subject);
    }

    public async Task<Pledge> OfferPledgeAsync(string lineId, string funderOrgId, long amountPence, string? note, string subject)
    {
        // Only a funder this charity shares its resourcing plan with may pledge against it.
        if (!State.Shares.Exists(share => share.FunderOrgId == funderOrgId && share.Covers(ShareScope.Resourcing, clock.UtcNow)))
            throw CharityAccess.NotFound();
        var id = NewId();
        await AppendAsync(CharityDecisions.OfferPledge(State, lineId, id, funderOrgId, amountPence, note, subject), subject);
        return State.FindResourcingLine(lineId)!.FindPledge(id)!;
    }

    public async Task<ResourcingLineView> AcceptPledgeAsync(string lineId, string pledgeId, string subject)
    {
        CharityAccess.RequireEditor(State, subject);
        await AppendAsync(CharityDecisions.AcceptPledge(State, lineId, pledgeId), subject);
        return State.FindResourcingLine(lineId)!.ToView();
    }

    public async Task<ResourcingLineView> DeclinePledgeAsync(string lineId, string pledgeId, string subject)
    {
        CharityAccess.RequireEditor(State, subject);
        await AppendAsync(CharityDecisions.DeclinePledge(State, lineId, pledgeId), subject);
        return State.FindResourcingLine(lineId)!.ToView();
    }

    public async Task<ResourcingSummary> GetResourcingSummaryAsync(DateTimeOffset? asOf, string subject)
    {
        await ReaderAsync(subject, ShareScope.Resourcing, "resourcing/summary");
        var instant = asOf ?? clock.UtcNow;
        var state = await StateAtAsync(instant);
        if (!state.IsRegistered)
            throw new NotFoundException($"The charity was not registered yet at {instant:O}.");
        return ResourcingTotals.Summarise(state, instant);
    }
}
