using FunderPortal.Charities;
using FunderPortal.Common;
using FunderPortal.Funders;

namespace FunderPortal.Domain.Tests.Funders;

public sealed class ReportAcknowledgementTests
{
    private static FunderState WithGrant() =>
        FunderStates.Registered().With(s => FunderDecisions.RecordGrant(s, "1", FunderStates.Grant(), FunderStates.Today));

    [Fact]
    public void AnAcknowledgementIsKeptWithItsGrantWithWhoWroteItAndWhen()
    {
        var state = WithGrant()
            .With(s => FunderDecisions.AcknowledgeReport(s, "a1", "1", "  Thank you: the map says it all.  ", "fiona"), FunderStates.T0.AddDays(90))
            .With(s => FunderDecisions.AcknowledgeReport(s, "a2", "1", "Read again for the board.", "george"), FunderStates.T0.AddDays(95));

        Assert.Equal(
            [new ReportAcknowledgement("a1", "1", "Thank you: the map says it all.", "fiona", FunderStates.T0.AddDays(90)),
             new ReportAcknowledgement("a2", "1", "Read again for the board.", "george", FunderStates.T0.AddDays(95))],
            state.AcknowledgementsOf("1"));
        Assert.Empty(state.AcknowledgementsOf("2"));
    }

    [Fact]
    public void OnlyAGrantOfTheFundersCanBeAcknowledgedAndOnlyInWords()
    {
        var state = WithGrant();

        Assert.Throws<NotFoundException>(() => FunderDecisions.AcknowledgeReport(state, "a1", "2", "Thanks", "fiona"));
        var blank = Assert.Throws<DomainValidationException>(() => FunderDecisions.AcknowledgeReport(state, "a1", "1", "  ", "fiona"));
        var tooLong = Assert.Throws<DomainValidationException>(() => FunderDecisions.AcknowledgeReport(state, "a1", "1", new string('x', Limits.ShortText + 1), "fiona"));
        Assert.Equal(["note"], blank.Errors.Keys);
        Assert.Equal(["note"], tooLong.Errors.Keys);
    }

    [Fact]
    public void TheSameIdIsNotRecordedTwiceAndAGrantHasALimit()
    {
        var state = WithGrant().With(s => FunderDecisions.AcknowledgeReport(s, "a1", "1", "Thanks", "fiona"));

        Assert.Throws<ConflictException>(() => FunderDecisions.AcknowledgeReport(state, "a1", "1", "Thanks again", "fiona"));
        for (var i = 2; i <= FunderLimits.MaxAcknowledgementsPerGrant; i++)
            state.With(s => FunderDecisions.AcknowledgeReport(s, $"a{i}", "1", "Thanks", "fiona"));
        Assert.Throws<ConflictException>(() => FunderDecisions.AcknowledgeReport(state, "one-more", "1", "Thanks", "fiona"));
    }

    [Fact]
    public void EachAcknowledgementOwesTheGrantsCharityAnInboxItemLinkingToItsReport()
    {
        var state = WithGrant();
        var events = FunderDecisions.AcknowledgeReport(state, "a1", "1", "Thank you: the map says it all, and the words of the people in it.", "fiona");
        state.With(_ => events);

        var (grant, acknowledgement) = Assert.Single(FunderNotices.AcknowledgementsOwed(state, events));
        var item = FunderNotices.AcknowledgementItem(new FunderRef(FunderStates.OrgId, "Hope Trust"), grant, acknowledgement);

        Assert.Equal(("1", "a1"), (grant.Id, acknowledgement.Id));
        Assert.Equal((InboxItemKind.ReportAcknowledged, "a1"), (item.Kind, item.SourceId));
        Assert.Equal($"/charities/GB-CHC-1234567/grants/{FunderStates.OrgId}/1/report", item.Link);
        Assert.StartsWith("Report on Paying participants acknowledged: Thank you", item.Title, StringComparison.Ordinal);
        Assert.Single(CharityDecisions.ReceiveInboxItem(new CharityState(), item)); // the charity's rules take it as it is
        // Other changes owe no acknowledgement.
        Assert.Empty(FunderNotices.AcknowledgementsOwed(state, FunderDecisions.RecordGrant(state, "2", FunderStates.Grant(), FunderStates.Today)));
    }
}
