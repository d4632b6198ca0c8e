using FunderPortal.Common;

namespace FunderPortal.Charities;

/// <summary>The resourcing plan: editors change it, members read it; pledges are offered by whoever the caller lets through.</summary>
public sealed partial class CharityGrain
{
    public Task<ResourcingLineView> PlanResourcingLineAsync(ResourcingLineDetails details, string subject) =>
        CreateAsync(subject, "resourcing-line", (s, id) => CharityDecisions.PlanResourcingLine(s, id, details), (s, id) => s.FindResourcingLine(id)?.ToView());

    public async Task<IReadOnlyList<ResourcingLineView>> GetResourcingLinesAsync(string subject)
    {
        var reader = await ReaderAsync(subject, ShareScope.Resourcing, "resourcing/lines");
        return [.. State.PlanLines().Select(l => l.ToView(reader, State.FunderNames))];
    }

    public async Task<ResourcingLineView> GetResourcingLineAsync(string lineId, string subject)
    {
        var reader = await ReaderAsync(subject, ShareScope.Resourcing, $"resourcing/lines/{lineId}");
        return CharityDecisions.RequireResourcingLine(State, lineId).ToView(reader, State.FunderNames);
    }

    public Task<ResourcingLineView> ChangeResourcingLineAsync(string lineId, ResourcingLineDetails details, string subject) =>
        ChangeAsync(subject, s => CharityDecisions.ChangeResourcingLine(s, lineId, details), s => s.FindResourcingLine(lineId)!.ToView(funderNames: s.FunderNames));

    public Task WithdrawResourcingLineAsync(string lineId, string subject) =>
        ChangeAsync(subject, s => CharityDecisions.WithdrawResourcingLine(s, lineId));

    public Task<LineFunding> RecordLineFundingAsync(string lineId, FundingDetails details, string subject) =>
        CreateAsync(subject, "funding", (s, id) => CharityDecisions.RecordLineFunding(s, lineId, id, details),
            (s, id) => s.FindResourcingLine(lineId)?.FindFunding(id));

    public async Task<LineFunding> GetLineFundingAsync(string lineId, string fundingId, string subject)
    {
        await ReaderAsync(subject, ShareScope.Resourcing, $"resourcing/lines/{lineId}/funding/{fundingId}");
        return CharityDecisions.RequireFunding(CharityDecisions.RequireResourcingLine(State, lineId), fundingId);
    }

    public Task<LineFunding> ChangeLineFundingAsync(string lineId, string fundingId, FundingDetails details, string subject) =>
        ChangeAsync(subject, s => CharityDecisions.ChangeLineFunding(s, lineId, fundingId, details),
            s => s.FindResourcingLine(lineId)!.FindFunding(fundingId)!);

    public Task RemoveLineFundingAsync(string lineId, string fundingId, string subject) =>
        ChangeAsync(subject, s => CharityDecisions.RemoveLineFunding(s, lineId, fundingId));

    public async Task<Pledge> OfferPledgeAsync(string lineId, string pledgeId, FunderRef funder, long amountPence, string? note, string subject)
    {
        CharityAccess.RequirePlanSharedWith(State, funder.OrgId, Clock.UtcNow);
        if (State.FindResourcingLine(lineId)?.FindPledge(pledgeId) is { } earlier && earlier.FunderOrgId == funder.OrgId)
            return earlier; // a retry of the funder's request: the offer it already made
        await AppendAsync(CharityDecisions.OfferPledge(State, lineId, pledgeId, funder, amountPence, note, subject), subject);
        return State.FindResourcingLine(lineId)!.FindPledge(pledgeId)!;
    }

    public async Task<Pledge> WithdrawPledgeAsync(string lineId, string pledgeId, string funderOrgId, string subject)
    {
        RequireRegistered();
        await AppendAsync(CharityDecisions.WithdrawPledge(State, lineId, pledgeId, funderOrgId), subject);
        return State.FindLineEvenWithdrawn(lineId)!.FindPledge(pledgeId)!;
    }

    public Task<ResourcingLineView> AcceptPledgeAsync(string lineId, string pledgeId, string subject) =>
        ChangeAsync(subject, s => CharityDecisions.AcceptPledge(s, lineId, pledgeId), s => s.FindResourcingLine(lineId)!.ToView(funderNames: s.FunderNames));

    public Task<ResourcingLineView> DeclinePledgeAsync(string lineId, string pledgeId, string subject) =>
        ChangeAsync(subject, s => CharityDecisions.DeclinePledge(s, lineId, pledgeId), s => s.FindResourcingLine(lineId)!.ToView(funderNames: s.FunderNames));

    public async Task<ResourcingSummary> GetResourcingSummaryAsync(DateTimeOffset? asOf, string subject)
    {
        await ReaderAsync(subject, ShareScope.Resourcing, "resourcing/summary");
        // The plan now is the plan as of its newest change (as the journey now is): one version, one answer, one ETag.
        var instant = asOf ?? State.LastRecordedAt ?? Clock.UtcNow;
        var state = await StateAtAsync(instant);
        if (!state.IsRegistered)
            throw new NotFoundException($"The charity was not registered yet at {instant:O}.");
        return ResourcingTotals.Summarise(state, instant);
    }
}
