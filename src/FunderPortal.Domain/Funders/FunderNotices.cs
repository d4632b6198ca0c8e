using FunderPortal.Charities;
using FunderPortal.Common;
using static FunderPortal.Notifications.NoticeWords;

namespace FunderPortal.Funders;

/// <summary>
/// The pure rules of what a funder tells its charities (through its outbox, until each confirms): each grant, each piece
/// of feedback and each acknowledgement of a grant's report to a charity with an org-id (it may be on the portal), with the
/// item it makes in the charity's inbox.
/// </summary>
public static class FunderNotices
{
    public static IEnumerable<Grant> GrantNotes(IEnumerable<Grant> grants) => grants.Where(g => OrgId.IsValid(g.CharityOrgId));

    /// <summary>
    /// The grants <paramref name="events"/> recorded, noted with their charity: what one change owes and, at activation,
    /// what the changes after the delivered mark owe (never every grant the funder ever made). A grant imported for a
    /// recipient that was not on the portal is noted with nobody.
    /// </summary>
    public static IEnumerable<Grant> GrantNotesOwed(FunderState state, IEnumerable<FunderEvent> events) =>
        GrantNotes(events.OfType<GrantRecorded>().Where(e => e.NoteRecipient).Select(e => state.FindGrant(e.GrantId)).OfType<Grant>());

    /// <summary>The feedback <paramref name="events"/> gave, told to its charity: what one change owes, and at activation what the changes after the delivered mark owe.</summary>
    public static IEnumerable<FeedbackItem> FeedbackNotesOwed(FunderState state, IEnumerable<FunderEvent> events) =>
        FeedbackNotes(events.OfType<FeedbackGiven>().Select(e => state.FindFeedback(e.FeedbackId)).OfType<FeedbackItem>());

    public static IEnumerable<FeedbackItem> FeedbackNotes(IEnumerable<FeedbackItem> feedback) => feedback.Where(f => OrgId.IsValid(f.CharityOrgId));

    /// <summary>
    /// The acknowledgements of grants' reports <paramref name="events"/> recorded, each with its grant, told to the grant's
    /// charity: what one change owes, and at activation what the changes after the delivered mark owe.
    /// </summary>
    public static IEnumerable<(Grant Grant, ReportAcknowledgement Acknowledgement)> AcknowledgementsOwed(FunderState state, IEnumerable<FunderEvent> events) =>
        events.OfType<GrantReportAcknowledged>()
            .Select(e => (Grant: state.FindGrant(e.GrantId), Acknowledgement: state.FindAcknowledgement(e.AcknowledgementId)))
            .Where(x => x.Grant is not null && x.Acknowledgement is not null && OrgId.IsValid(x.Grant.CharityOrgId))
            .Select(x => (x.Grant!, x.Acknowledgement!));

    /// <summary>The acknowledgement in the charity's inbox, linking to the report as the funder sees it.</summary>
    public static InboxItemNotice AcknowledgementItem(FunderRef funder, Grant grant, ReportAcknowledgement acknowledgement) =>
        InboxItemNotice.Of(InboxItemKind.ReportAcknowledged, funder, Say("Report on {0} acknowledged: {1}", grant.Title, InboxLinks.Snippet(acknowledgement.Note)),
            InboxLinks.GrantReport(grant.CharityOrgId, funder.OrgId, grant.Id), acknowledgement.Id);

    public static GrantNotice GrantNotice(FunderRef funder, Grant grant) => new(
        funder, grant.Id, grant.Title, grant.AmountPence, grant.AwardDate, grant.PlannedStart, grant.Type, grant.PlanLineIds);

    public static InboxItemNotice GrantItem(FunderRef funder, Grant grant) => InboxItemNotice.Of(InboxItemKind.GrantRecorded, funder,
        Say("Grant of {0}: {1}", ResourcingTotals.Pounds(grant.AmountPence), grant.Title), InboxLinks.Grants(grant.CharityOrgId), grant.Id);

    public static FeedbackNotice FeedbackNotice(FunderRef funder, FeedbackItem feedback) =>
        new(funder, feedback.Id, feedback.Kind, feedback.Text, feedback.GivenAt);

    public static InboxItemNotice FeedbackItem(FunderRef funder, FeedbackItem feedback) => feedback.Kind == FeedbackKind.SupportOffer
        ? InboxItemNotice.Of(InboxItemKind.SupportOffered, funder, Say("An offer of support: {0}", InboxLinks.Snippet(feedback.Text)),
            InboxLinks.Feedback(feedback.CharityOrgId, funder.OrgId, feedback.Id), feedback.Id)
        : InboxItemNotice.Of(InboxItemKind.FeedbackGiven, funder, Say("Feedback: {0}", InboxLinks.Snippet(feedback.Text)),
            InboxLinks.Feedback(feedback.CharityOrgId, funder.OrgId, feedback.Id), feedback.Id);
}
