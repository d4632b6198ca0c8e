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
        return [.. State.PlanLines().Select(l => l.ToView(reader))];
    }

    public async Task<ResourcingLineView> GetResourcingLineAsync(string lineId, string subject)
    {
        var reader = await ReaderAsync(subject, ShareScope.Resourcing, $"resourcing/lines/{lineId}");
        return CharityDecisions.RequireResourcingLine(State, lineId).ToView(reader);
    }

    public Task<ResourcingLineView> ChangeResourcingLineAsync(string lineId, ResourcingLineDetails details, string subject) =>
        ChangeAsync(subject, s => CharityDecisions.ChangeResourcingLine(s, lineId, details), s => s.FindResourcingLine(lineId)!.ToView());

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

    public async Task<Pledge> OfferPledgeAsync(string lineId, string funderOrgId, long amountPence, string? note, string subject)
    {
        CharityAccess.RequirePlanSharedWith(State, funderOrgId, Clock.UtcNow);
        // Within the funder's idempotent request (its context travels with the funder's call) the pledge's id comes from
        // that request: a retry finds what the first attempt offered.
        var id = Ids.NewFor("pledge");
        if (State.FindResourcingLine(lineId)?.FindPledge(id) is { } earlier && earlier.FunderOrgId == funderOrgId)
            return earlier;
        await AppendAsync(CharityDecisions.OfferPledge(State, lineId, id, funderOrgId, amountPence, note, subject), subject);
        return State.FindResourcingLine(lineId)!.FindPledge(id)!;
    }

    public Task<ResourcingLineView> AcceptPledgeAsync(string lineId, string pledgeId, string subject) =>
        ChangeAsync(subject, s => CharityDecisions.AcceptPledge(s, lineId, pledgeId), s => s.FindResourcingLine(lineId)!.ToView());

    public Task<ResourcingLineView> DeclinePledgeAsync(string lineId, string pledgeId, string subject) =>
        ChangeAsync(subject, s => CharityDecisions.DeclinePledge(s, lineId, pledgeId), s => s.FindResourcingLine(lineId)!.ToView());

    public async Task<ResourcingSummary> GetResourcingSummaryAsync(DateTimeOffset? asOf, string subject)
    {
        await ReaderAsync(subject, ShareScope.Resourcing, "resourcing/summary");
        var instant = asOf ?? Clock.UtcNow;
        var state = await StateAtAsync(instant);
        if (!state.IsRegistered)
            throw new NotFoundException($"The charity was not registered yet at {instant:O}.");
        return ResourcingTotals.Summarise(state, instant);
    }
}
