using FunderPortal.Common;
using FunderPortal.Funders;
using FunderPortal.PersonalData;

namespace FunderPortal.Charities;

/// <summary>
/// Grant reports, made from the journey as it was at the period's start and end (<see cref="GrantReports"/>): for the funder
/// that made the grant, through its grain, under what the charity shares with it; for the charity's members, the same.
/// </summary>
public sealed partial class CharityGrain
{
    public async Task<GrantReportSections> GetGrantReportSectionsAsync(ReportedGrant grant, ReportPeriod period, string subject)
    {
        var now = Clock.UtcNow;
        var scopes = State.IsRegistered ? CharityAccess.ScopesSharedWith(State, grant.FunderOrgId, now) : [];
        if (grant.Grant.CharityOrgId != OrgId || !scopes.Contains(ShareScope.Journey))
            throw CharityAccess.JourneyNotShared(State.IsRegistered ? State.Name : grant.Grant.CharityName);
        // The read gate's own question, asked of the funder itself: the charity answers for its data whoever calls.
        if (await GrainFactory.GetGrain<IFunderGrain>(grant.FunderOrgId).GetMemberRoleAsync(subject) is null)
            throw CharityAccess.NotFound();
        var share = CharityAccess.SharesCovering(State, ShareScope.Journey, now).First(s => s.FunderOrgId == grant.FunderOrgId);
        await AccessLog.LogAsync(new FunderReadLogged(share.Id, grant.FunderOrgId, subject,
            $"grants/{grant.Grant.Id}/report?from={period.From:yyyy-MM-dd}&to={period.To:yyyy-MM-dd}"), subject);
        return await SectionsAsync(grant, period, scopes);
    }

    public async Task<GrantReport> GetGrantReportAsync(string funderOrgId, string grantId, DateOnly? since, DateOnly? until, string subject)
    {
        RequireMember(subject);
        if (!Common.OrgId.IsValid(funderOrgId))
            throw new NotFoundException($"No grant '{grantId}' from '{funderOrgId}' to this charity.");
        var grant = await GrainFactory.GetGrain<IFunderGrain>(funderOrgId).GetReportedGrantAsync(grantId, OrgId);
        var period = GrantReports.Period(grant.Grant, since, until, Today);
        return new GrantReport(grant, period, await SectionsAsync(grant, period, CharityAccess.ScopesSharedWith(State, funderOrgId, Clock.UtcNow)));
    }

    /// <summary>The sections from the two folds, with participants' words opened (words since erased are left out).</summary>
    private async Task<GrantReportSections> SectionsAsync(ReportedGrant grant, ReportPeriod period, IReadOnlyList<ShareScope> scopes)
    {
        var atStart = await StateAtAsync(period.Start);
        var atEnd = await StateAtAsync(period.End);
        var sections = GrantReports.Sections(atStart, atEnd, State, period, scopes, grant.Grant.PlanLineIds, Today);
        if (sections.ParticipantsWords is not { Count: > 0 } words)
            return sections;
        var opener = await personal.OpenerAsync(History.StreamId, words.Select(w => w.Text));
        return sections with
        {
            ParticipantsWords = [.. words
                .Select(w => w with { Text = opener.Open(w.Text) })
                .Where(w => w.Text is not (PersonalTextOpener.ErasedText or PersonalTextOpener.ExpiredText))],
        };
    }
}
