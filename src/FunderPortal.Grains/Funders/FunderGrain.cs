using FunderPortal.Charities;
using FunderPortal.Common;
using FunderPortal.EventStore;
using FunderPortal.Rounds;
using Microsoft.Extensions.Logging;

namespace FunderPortal.Funders;

/// <summary>
/// One funder. Thin over the domain: check access, let <see cref="FunderDecisions"/> and
/// <see cref="PortfolioDecisions"/> decide the events, append them (acknowledged only once committed), answer
/// with a view. Two streams: the funder's own history, and the portfolio that charities push to.
/// </summary>
public sealed partial class FunderGrain(IEventStore store, IClock clock, ILogger<FunderGrain> logger) : Grain, IFunderGrain
{
    private EventSourcedState<FunderState, FunderEvent> _stream = null!;
    private EventSourcedState<PortfolioState, PortfolioEvent> _portfolio = null!;
    private EventSourcedState<AccessLogState, AccessLogEvent>? _accessLog;

    private FunderState State => _stream.State;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var orgId = this.GetPrimaryKeyString();
        _stream = new EventSourcedState<FunderState, FunderEvent>(
            StreamIds.Funder(orgId), FunderState.SnapshotSchema, store, clock, logger);
        _portfolio = new EventSourcedState<PortfolioState, PortfolioEvent>(
            StreamIds.FunderPortfolio(orgId), PortfolioState.SnapshotSchema, store, clock, logger);
        await Task.WhenAll(_stream.LoadAsync(cancellationToken), _portfolio.LoadAsync(cancellationToken));
    }

    public async Task<FunderProfile> RegisterAsync(RegisterFunder command, string subject)
    {
        await AppendTellingPeopleAsync(FunderDecisions.Register(State, this.GetPrimaryKeyString(), command, subject), subject);
        return State.ToProfile(MemberRole.Editor);
    }

    public Task<FunderProfile> GetProfileAsync(string subject) =>
        Task.FromResult(State.ToProfile(FunderAccess.RequireMember(State, subject)));

    public async Task<FunderProfile> ChangeProfileAsync(ChangeFunderProfile command, long? expectedVersion, string subject)
    {
        FunderAccess.RequireEditor(State, subject);
        if (expectedVersion is { } expected && expected != State.Version)
            throw new PreconditionFailedException(
                $"The profile has changed since version {expected}; it is now at version {State.Version}. Read it again and reapply your change.",
                State.Version);
        await AppendTellingPeopleAsync(FunderDecisions.ChangeProfile(State, command), subject);
        return State.ToProfile(MemberRole.Editor);
    }

    public Task<IReadOnlyList<Member>> GetMembersAsync(string subject)
    {
        FunderAccess.RequireMember(State, subject);
        IReadOnlyList<Member> members = [.. State.Members.OrderBy(m => m.Key, StringComparer.Ordinal).Select(m => new Member(m.Key, m.Value))];
        return Task.FromResult(members);
    }

    public async Task<Member> SetMemberAsync(string memberSubject, MemberRole role, string subject)
    {
        FunderAccess.RequireEditor(State, subject);
        await AppendTellingPeopleAsync(FunderDecisions.GrantRole(State, memberSubject, role), subject);
        return new Member(memberSubject, State.Members[memberSubject]);
    }

    public async Task RemoveMemberAsync(string memberSubject, string subject)
    {
        FunderAccess.RequireEditor(State, subject);
        await AppendTellingPeopleAsync(FunderDecisions.RemoveMember(State, memberSubject), subject);
    }

    public async Task<Programme> AddProgrammeAsync(ProgrammeDetails details, string subject)
    {
        FunderAccess.RequireEditor(State, subject);
        var id = NewId();
        await _stream.AppendAsync(FunderDecisions.AddProgramme(State, id, details), subject);
        return State.FindProgramme(id)!;
    }

    public async Task<Programme> ChangeProgrammeAsync(string programmeId, ProgrammeDetails details, string subject)
    {
        FunderAccess.RequireEditor(State, subject);
        await _stream.AppendAsync(FunderDecisions.ChangeProgramme(State, programmeId, details), subject);
        return State.FindProgramme(programmeId)!;
    }

    public async Task<Grant> RecordGrantAsync(RecordGrant command, string subject)
    {
        FunderAccess.RequireEditor(State, subject);
        if (command.CharityName is null && await SharedNameAsync(command.CharityOrgId, subject) is { } name)
            command = command with { CharityName = name };
        var id = FunderDecisions.NextGrantId(State);
        await _stream.AppendAsync(FunderDecisions.RecordGrant(State, id, command, Today), subject);
        var grant = State.FindGrant(id)!;
        await NoteWithCharityAsync(grant);
        return grant;
    }

    /// <summary>The charity's own name, when it shares with this funder (or the caller is its member).</summary>
    private async Task<string?> SharedNameAsync(string? charityOrgId, string subject)
    {
        if (!OrgId.IsValid(charityOrgId))
            return null;
        try
        {
            return (await GrainFactory.GetGrain<ICharityGrain>(charityOrgId).GetProfileAsync(subject)).Name;
        }
        catch (NotFoundException)
        {
            return null; // not on the portal, or not shared with this funder: the org-id stands in
        }
    }

    public async Task<Pledge> OfferPledgeAsync(string? charityOrgId, string? lineId, long? amountPence, string? note, string subject)
    {
        if (FunderAccess.RequireMember(State, subject) != MemberRole.Editor)
            throw new ForbiddenException("Only the funder's editors can pledge; you are a viewer.");
        var pledge = FunderDecisions.CheckPledge(charityOrgId, lineId, amountPence);
        return await GrainFactory.GetGrain<ICharityGrain>(pledge.CharityOrgId)
            .OfferPledgeAsync(pledge.LineId, State.OrgId, pledge.AmountPence, note, subject);
    }

    public Task<IReadOnlyList<Grant>> GetGrantsAsync(string subject)
    {
        FunderAccess.RequireMember(State, subject);
        IReadOnlyList<Grant> newestFirst = [.. State.Grants.OrderByDescending(g => g.AwardDate).ThenByDescending(g => g.RecordedAt)];
        return Task.FromResult(newestFirst);
    }

    public Task<Grant> GetGrantAsync(string grantId, string subject)
    {
        FunderAccess.RequireMember(State, subject);
        return Task.FromResult(State.FindGrant(grantId) ?? throw new NotFoundException($"No grant '{grantId}' at this funder."));
    }

    public async Task<FeedbackItem> GiveFeedbackAsync(GiveFeedback command, string subject)
    {
        FunderAccess.RequireEditor(State, subject);
        var id = NewId();
        await _stream.AppendAsync(FunderDecisions.GiveFeedback(State, id, command, subject), subject);
        return State.FindFeedback(id)!;
    }

    public Task<IReadOnlyList<FeedbackItem>> GetFeedbackAsync(string subject)
    {
        FunderAccess.RequireMember(State, subject);
        IReadOnlyList<FeedbackItem> newestFirst = [.. Enumerable.Reverse(State.Feedback)];
        return Task.FromResult(newestFirst);
    }

    public Task<FeedbackItem> GetFeedbackItemAsync(string feedbackId, string subject)
    {
        FunderAccess.RequireMember(State, subject);
        return Task.FromResult(State.FindFeedback(feedbackId) ?? throw new NotFoundException($"No feedback '{feedbackId}' at this funder."));
    }

    public Task UpsertPortfolioEntryAsync(PortfolioEntry entry)
    {
        RequireRegistered();
        return _portfolio.AppendAsync(PortfolioDecisions.Upsert(_portfolio.State, entry), PushedBy(entry.CharityOrgId));
    }

    public Task RemovePortfolioEntryAsync(string charityOrgId, long version)
    {
        RequireRegistered();
        return _portfolio.AppendAsync(PortfolioDecisions.Remove(_portfolio.State, charityOrgId, version), PushedBy(charityOrgId));
    }

    public Task<bool> IsRegisteredAsync() => Task.FromResult(State.IsRegistered);

    public Task<MemberRole?> GetMemberRoleAsync(string subject) =>
        Task.FromResult(State.IsRegistered && State.Members.TryGetValue(subject, out var role) ? role : (MemberRole?)null);

    public async Task<IReadOnlyList<PortfolioEntry>> GetPortfolioAsync(PortfolioQuery query, string subject)
    {
        FunderAccess.RequireMember(State, subject);
        var entries = Portfolio.Select(_portfolio.State.Entries.Values, query, clock.UtcNow); // a refused query is not a read
        await LogReadAsync(subject, "portfolio");
        return entries;
    }

    public async Task<IReadOnlyList<PortfolioEntry>> GetConnectionsAsync(BarrierKind barrier, string subject)
    {
        FunderAccess.RequireMember(State, subject);
        var entries = Portfolio.FacingBarrier(_portfolio.State.Entries.Values, barrier, clock.UtcNow);
        await LogReadAsync(subject, $"connect?barrier={barrier}");
        return entries;
    }

    public async Task<IReadOnlyList<AccessLogEntry>> GetAccessLogAsync(string subject)
    {
        FunderAccess.RequireMember(State, subject);
        var log = await AccessLogAsync();
        var serializer = new EventSerializer<AccessLogEvent>();
        var entries = new List<AccessLogEntry>();
        for (long after = 0; ;)
        {
            var page = await log.ReadAsync(after, Limits.HistoryPageMax);
            entries.AddRange(page
                .Select(stored => (Read: serializer.Deserialize(stored.Type, stored.Data) as PortfolioReadLogged, stored.RecordedAt))
                .Where(e => e.Read is not null)
                .Select(e => new AccessLogEntry(this.GetPrimaryKeyString(), e.Read!.Subject, e.Read.What, e.RecordedAt)));
            if (page.Count < Limits.HistoryPageMax)
                break;
            after = page[^1].Version;
        }
        return [.. entries.OrderByDescending(e => e.At)];
    }

    /// <summary>A portfolio read is one entry for the funder, however many charities it shows.</summary>
    private async Task LogReadAsync(string subject, string what) =>
        await (await AccessLogAsync()).AppendAsync([new PortfolioReadLogged(subject, what)], subject);

    private async Task<EventSourcedState<AccessLogState, AccessLogEvent>> AccessLogAsync()
    {
        if (_accessLog is null)
        {
            var log = new EventSourcedState<AccessLogState, AccessLogEvent>(
                StreamIds.FunderAccess(this.GetPrimaryKeyString()), AccessLogState.SnapshotSchema, store, clock, logger);
            await log.LoadAsync();
            _accessLog = log;
        }
        return _accessLog;
    }

    public Task<OpenGrantsView> GetOpenGrantsAsync(string subject)
    {
        FunderAccess.RequireMember(State, subject);
        return Task.FromResult(State.ToOpenGrants(clock.UtcNow));
    }

    public async Task ListRoundAsync(string roundId, string title)
    {
        RequireRegistered();
        if (State.Rounds.TrueForAll(r => r.RoundId != roundId))
            await _stream.AppendAsync([new RoundListed(roundId, title)], StreamIds.Round(roundId));
    }

    public Task<IReadOnlyList<RoundListing>> GetRoundsAsync(string subject)
    {
        FunderAccess.RequireMember(State, subject);
        IReadOnlyList<RoundListing> newestFirst = [.. Enumerable.Reverse(State.Rounds)];
        return Task.FromResult(newestFirst);
    }

    public async Task<IReadOnlyDictionary<string, string>> RecordRoundGrantsAsync(string roundId, IReadOnlyList<RoundGrant> grants)
    {
        RequireRegistered();
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var grant in grants)
        {
            var source = $"round/{roundId}/{grant.ApplicationId}";
            if (!State.GrantIdsBySource.TryGetValue(source, out var id))
            {
                id = FunderDecisions.NextGrantId(State);
                await _stream.AppendAsync(FunderDecisions.RecordRoundGrant(State, id, source, grant, Today), StreamIds.Round(roundId));
            }
            ids[grant.ApplicationId] = id;
        }
        // Every grant, not only the new ones: a retry after a crash between the append and the notice still tells the charity.
        foreach (var id in ids.Values)
            await NoteWithCharityAsync(State.FindGrant(id)!);
        return ids;
    }

    /// <summary>
    /// Tells the charity, when it is on the portal, so its funders' portfolios can show rungs at the first grant. Best
    /// effort after the grant is safely recorded: a charity not on the portal, or a refusal, loses only that.
    /// </summary>
    private async Task NoteWithCharityAsync(Grant grant)
    {
        try
        {
            await GrainFactory.GetGrain<ICharityGrain>(grant.CharityOrgId).NoteFunderGrantAsync(State.OrgId, grant.Id, grant.PlannedStart);
        }
        catch (PortalException)
        {
            // Not registered on the portal, or refused: the grant itself stands.
        }
    }

    public async Task<OrganisationVerification> VerifyAsync(string? note, string admin)
    {
        await _stream.AppendAsync(FunderDecisions.Verify(State, admin, note, clock.UtcNow), admin);
        return new OrganisationVerification(State.OrgId, State.Name, State.Verification);
    }

    public async Task<OrganisationVerification> WithdrawVerificationAsync(string admin)
    {
        await _stream.AppendAsync(FunderDecisions.WithdrawVerification(State, admin), admin);
        return new OrganisationVerification(State.OrgId, State.Name, State.Verification);
    }

    private DateOnly Today => DateOnly.FromDateTime(clock.UtcNow.UtcDateTime);

    private static string NewId() => Guid.NewGuid().ToString("n");

    /// <summary>Portfolio events are recorded as written by the charity that pushed them.</summary>
    private static string PushedBy(string charityOrgId) => StreamIds.Charity(charityOrgId);

    private void RequireRegistered()
    {
        if (!State.IsRegistered)
            throw FunderAccess.NotFound();
    }
}
