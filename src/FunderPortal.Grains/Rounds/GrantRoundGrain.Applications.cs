using FunderPortal.Charities;
using FunderPortal.Common;
using FunderPortal.Common.Outbox;

namespace FunderPortal.Rounds;

public sealed partial class GrantRoundGrain
{
    public async Task<ApplicationView> SubmitApplicationAsync(SubmitApplication command, string subject)
    {
        if (!State.Exists || State.Phase == RoundPhase.Draft)
            throw RoundAccess.NotFound();
        if (!OrgId.IsValid(command.CharityOrgId))
            throw DomainValidationException.For("charityOrgId", "An org-id, e.g. GB-CHC-1234567.");
        var charity = GrainFactory.GetGrain<ICharityGrain>(command.CharityOrgId);
        if (await charity.GetMemberRoleAsync(subject) != MemberRole.Editor)
            throw new ForbiddenException("Only an editor of that charity on the portal can apply on its behalf.");
        var name = (await charity.GetProfileAsync(subject)).Name;

        // Within an idempotent request the application's id comes from the request: a retry finds what the first attempt submitted.
        var id = Ids.NewFor("application");
        if (State.FindAnyApplication(id) is null)
        {
            var events = RoundDecisions.Submit(State, id, command, name, subject);
            // The charity notes the round first (once), so its list of applications is never behind: a round noted
            // whose application then failed only lists the round with nothing in it.
            await charity.NoteRoundApplicationAsync(RoundId, State.FunderOrgId, State.Current.Title, subject);
            await AppendAsync(events, subject);
        }
        return State.FindAnyApplication(id)!.ToView(State, RoundRole.Applicant, null);
    }

    public async Task<ApplicationView> ChangeApplicationAsync(string applicationId, ChangeApplication command, string subject)
    {
        var application = await ApplicantsOwnAsync(applicationId, subject, MemberRole.Editor);
        await AppendAsync(RoundDecisions.Change(State, application, command, subject), subject);
        return State.FindAnyApplication(applicationId)!.ToView(State, RoundRole.Applicant, null);
    }

    public async Task<ApplicationView> SubmitDraftAsync(string applicationId, string subject)
    {
        var application = await ApplicantsOwnAsync(applicationId, subject, MemberRole.Editor);
        await AppendAsync(RoundDecisions.SubmitDraft(State, application, subject), subject);
        return State.FindAnyApplication(applicationId)!.ToView(State, RoundRole.Applicant, null);
    }

    public async Task<ApplicationView> WithdrawApplicationAsync(string applicationId, string subject)
    {
        var application = await ApplicantsOwnAsync(applicationId, subject, MemberRole.Editor);
        await AppendAsync(RoundDecisions.Withdraw(State, application, subject), subject);
        return State.FindAnyApplication(applicationId)!.ToView(State, RoundRole.Applicant, null);
    }

    public async Task<IReadOnlyList<ApplicationView>> GetApplicationsOfAsync(string charityOrgId, string subject)
    {
        if (!State.Exists || !OrgId.IsValid(charityOrgId)
            || await GrainFactory.GetGrain<ICharityGrain>(charityOrgId).GetMemberRoleAsync(subject) is null)
            throw new NotFoundException("No such round, or you are not a member of that charity.");
        return [.. State.ApplicationsOf(charityOrgId).Select(a => a.ToView(State, RoundRole.Applicant, null))];
    }

    /// <summary>
    /// The drafts set aside when scoring started, each told to its charity's inbox (whose members are then notified). All
    /// of them at activation too: the charity keeps an item once, so a crash before it confirmed loses nothing.
    /// </summary>
    private IEnumerable<Notice> DiscardNotices() => State.DiscardedDrafts.Values.Select(draft =>
        new Notice($"discarded/{draft.Id}", 1, async grains =>
        {
            var funder = new FunderRef(State.FunderOrgId, await Funder.GetPublicNameAsync() ?? State.FunderOrgId);
            await grains.GetGrain<ICharityGrain>(draft.CharityOrgId).ReceiveInboxItemAsync(RoundNotices.DraftDiscarded(State, draft, funder));
        }));

    public async Task<IReadOnlyList<ApplicationView>> GetApplicationsAsync(string subject)
    {
        var caller = await CallerAsync(subject);
        RoundAccess.RequireFunderOrPanel(State, caller);
        List<ApplicationView> views = [.. State.Applications.Values.OrderBy(a => a.Number).Select(a => a.ToView(State, caller.Role, caller.Panellist))];
        var opener = await OpenerAsync(views.SelectMany(v => RoundPersonalData.SealedIn(v.YourScores)));
        var verified = await VerifiedCharitiesAsync(views.Where(v => v.CharityOrgId is not null).Select(v => v.CharityOrgId!));
        return [.. views.Select(v => WithVerification(RoundPersonalData.Open(v, opener), verified))];
    }

    public async Task<ApplicationView> GetApplicationAsync(string applicationId, string subject)
    {
        var (application, role, caller) = await ReadableApplicationAsync(applicationId, subject);
        var view = await OpenAsync(application.ToView(State, role, caller.Panellist));
        return WithVerification(view, await VerifiedCharitiesAsync(view.CharityOrgId is { } orgId ? [orgId] : []));
    }

    /// <summary>
    /// Asked of each charity at read time, not kept in the round: a verification withdrawn in error must show at once,
    /// and the charity grain is the one place that knows. The calls are interleaved reads, made in parallel.
    /// </summary>
    private async Task<HashSet<string>> VerifiedCharitiesAsync(IEnumerable<string> charityOrgIds)
    {
        var orgIds = charityOrgIds.Distinct(StringComparer.Ordinal).ToList();
        var answers = await Task.WhenAll(orgIds.Select(id => GrainFactory.GetGrain<ICharityGrain>(id).IsVerifiedAsync()));
        return [.. orgIds.Where((_, i) => answers[i])];
    }

    /// <summary>Applicants hidden from an anonymised panel stay hidden: no verification shown for them either.</summary>
    private static ApplicationView WithVerification(ApplicationView view, HashSet<string> verified) =>
        view.CharityOrgId is { } orgId ? view with { OrganisationVerified = verified.Contains(orgId) } : view;

    public async Task EnsureCanAddFileAsync(string applicationId, string subject)
    {
        var application = await ApplicantsOwnAsync(applicationId, subject, MemberRole.Editor);
        RoundDecisions.AddFile(State, application, new ApplicationFile("", ApplicationFileKind.Proposal, "", "", 0, default));
    }

    public async Task<ApplicationFile> AddFileAsync(string applicationId, ApplicationFile file, string subject)
    {
        var application = await ApplicantsOwnAsync(applicationId, subject, MemberRole.Editor);
        await AppendAsync(RoundDecisions.AddFile(State, application, file), subject);
        return State.FindAnyApplication(applicationId)!.Files[^1];
    }

    public async Task<ApplicationFile> SetTranscriptAsync(string applicationId, string fileId, string? transcript, string subject)
    {
        var application = await ApplicantsOwnAsync(applicationId, subject, MemberRole.Editor);
        await AppendAsync(RoundDecisions.SetTranscript(State, application, fileId, transcript), subject);
        return State.FindAnyApplication(applicationId)!.Files.First(f => f.Id == fileId);
    }

    public async Task EnsureCanAddCaptionsAsync(string applicationId, string fileId, string subject)
    {
        var application = await ApplicantsOwnAsync(applicationId, subject, MemberRole.Editor);
        RoundDecisions.AddCaptions(State, application, fileId, "", 0);
    }

    public async Task<ApplicationFile> AddCaptionsAsync(string applicationId, string fileId, string captionsId, long sizeBytes, string subject)
    {
        var application = await ApplicantsOwnAsync(applicationId, subject, MemberRole.Editor);
        await AppendAsync(RoundDecisions.AddCaptions(State, application, fileId, captionsId, sizeBytes), subject);
        return State.FindAnyApplication(applicationId)!.Files.First(f => f.Id == fileId);
    }

    public async Task<ApplicationFile> GetFileAsync(string applicationId, string fileId, string subject)
    {
        var (application, _, _) = await ReadableApplicationAsync(applicationId, subject);
        return application.Files.FirstOrDefault(f => f.Id == fileId)
            ?? throw new NotFoundException($"No file '{fileId}' on this application.");
    }

    /// <summary>
    /// Funder members and panellists read every submitted application; a charity's members read their own, whatever
    /// its status (drafts and withdrawn ones are theirs alone).
    /// </summary>
    private async Task<(RoundApplication Application, RoundRole Role, RoundCaller Caller)> ReadableApplicationAsync(string applicationId, string subject)
    {
        var caller = await CallerAsync(subject);
        if ((caller.IsFunderMember || caller.Panellist is not null) && State.FindApplication(applicationId) is { } submitted)
            return (submitted, caller.Role, caller);
        return (await ApplicantsOwnAsync(applicationId, subject, MemberRole.Viewer), RoundRole.Applicant, caller);
    }

    private async Task<RoundApplication> ApplicantsOwnAsync(string applicationId, string subject, MemberRole atLeast)
    {
        var application = State.Exists ? State.FindAnyApplication(applicationId) ?? State.DiscardedDrafts.GetValueOrDefault(applicationId) : null;
        var role = application is null ? null
            : await GrainFactory.GetGrain<ICharityGrain>(application.CharityOrgId).GetMemberRoleAsync(subject);
        if (application is null || role is null)
            throw new NotFoundException("No such application, or it is not yours to see.");
        if (State.DiscardedDrafts.ContainsKey(applicationId))
            throw new NotFoundException("This draft was not sent before scoring started, so it was discarded.");
        if (atLeast == MemberRole.Editor && role != MemberRole.Editor)
            throw new ForbiddenException("Only the charity's editors can change its application.");
        return application;
    }

    private RoundApplication FindApplication(string applicationId) =>
        State.FindApplication(applicationId) ?? throw new NotFoundException($"No application '{applicationId}' in this round.");
}
