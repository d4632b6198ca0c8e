using FunderPortal.Common;

namespace FunderPortal.Funders;

/// <summary>The pure rule of which grants a funder notes with their charity: those whose charity has an org-id (it may be on the portal).</summary>
public static class FunderNotices
{
    public static IEnumerable<Grant> GrantNotes(IEnumerable<Grant> grants) => grants.Where(g => OrgId.IsValid(g.CharityOrgId));

    /// <summary>
    /// The grants <paramref name="events"/> recorded, noted with their charity: what one change owes and, at activation,
    /// what the changes after the delivered mark owe (never every grant the funder ever made).
    /// </summary>
    public static IEnumerable<Grant> GrantNotesOwed(FunderState state, IEnumerable<FunderEvent> events) =>
        GrantNotes(events.OfType<GrantRecorded>().Select(e => state.FindGrant(e.GrantId)).OfType<Grant>());
}
