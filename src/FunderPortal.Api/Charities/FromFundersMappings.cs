using System.ComponentModel.DataAnnotations;
using FunderPortal.Charities;
using FunderPortal.Common;
using FunderPortal.Funders;

namespace FunderPortal.Api.Charities;

/// <summary>Between the contract of what funders did towards a charity and the grain's views.</summary>
public static class FromFundersMappings
{
    public static FunderRefResponse ToResponse(this FunderRef f) => new(f.OrgId, f.Name);

    public static InboxResponse ToResponse(this InboxView v) =>
        new([.. v.Items.Select(i => new InboxItemResponse(i.Id, i.Kind, i.At, i.From.ToResponse(), i.Title, i.Read, i.Link))], v.UnreadCount, v.Next);

    public static FeedbackReplyResponse ToResponse(this FeedbackReply r) => new(r.Text, r.By, r.At);

    public static CharityFeedbackResponse ToResponse(this FeedbackFromFunder f) =>
        new(f.FeedbackId, f.From.OrgId, f.From.Name, f.Kind, f.Text, f.GivenAt, [.. f.Replies.Select(ToResponse)]);

    public static CharityFeedbackListResponse ToResponse(this FeedbackPage page) => new([.. page.Items.Select(ToResponse)], page.Next);

    public static CharityGrantListResponse ToResponse(this GrantsPage page) => new(
        [
            .. page.Items.Select(g => new CharityGrantResponse(g.From.OrgId, g.From.Name, g.GrantId, g.Title, g.AmountPence, g.AwardDate, g.Type,
                g.PlanLineIds, g.CommittedPence, g.UnallocatedPence)),
        ], page.Next);
}

/// <summary>A reply to a funder's feedback or offer of support.</summary>
public sealed record FeedbackReplyRequest([property: MinLength(1), MaxLength(FeedbackLimits.Text)] string Text);

/// <summary>The descriptions every paged list of a charity shares, as history's.</summary>
internal static class PageParameters
{
    public const string After = "The next of the previous page (omit, or 0, for the first page).";
    public const string Limit = "How many entries: 1 to 200 (default 50).";
}
