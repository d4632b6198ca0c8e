using FunderPortal.Charities;
using FunderPortal.Common;

namespace FunderPortal.Funders;

/// <summary>Grant reports: the funder knows the grant, the charity grain makes the report from its journey; editors acknowledge it.</summary>
public sealed partial class FunderGrain
{
    public async Task<GrantReport> GetGrantReportAsync(string grantId, DateOnly? since, DateOnly? until, string subject)
    {
        RequireMember(subject);
        var grant = Reported(State.FindGrant(grantId) ?? throw new NotFoundException($"No grant '{grantId}' at this funder."));
        var period = GrantReports.Period(grant.Grant, since, until, Today);
        if (!Common.OrgId.IsValid(grant.Grant.CharityOrgId))
            throw CharityAccess.JourneyNotShared(grant.Grant.CharityName); // a charity not on the portal shares nothing
        var sections = await GrainFactory.GetGrain<ICharityGrain>(grant.Grant.CharityOrgId).GetGrantReportSectionsAsync(grant, period, subject);
        return new GrantReport(grant, period, sections);
    }

    /// <summary>Recorded, then the charity's inbox told (the first attempt awaited, so its inbox has it when the answer comes).</summary>
    public async Task<ReportAcknowledgement> AcknowledgeGrantReportAsync(string grantId, string? note, string subject)
    {
        var acknowledgement = await CreateAsync(subject, "acknowledgement", (s, id) => FunderDecisions.AcknowledgeReport(s, id, grantId, note, subject),
            (s, id) => s.FindAcknowledgement(id));
        if (State.FindGrant(grantId) is { } grant && Common.OrgId.IsValid(grant.CharityOrgId))
            await TellCharitiesOfAcknowledgementsAsync([(grant, acknowledgement)]);
        return acknowledgement;
    }

    public Task<ReportedGrant> GetReportedGrantAsync(string grantId, string charityOrgId)
    {
        RequireRegistered();
        return State.FindGrant(grantId) is { } grant && grant.CharityOrgId == charityOrgId
            ? Task.FromResult(Reported(grant))
            : throw new NotFoundException($"No grant '{grantId}' from this funder to the charity.");
    }

    private ReportedGrant Reported(Grant grant) => new(OrgId, State.Name, grant, State.AcknowledgementsOf(grant.Id));
}
