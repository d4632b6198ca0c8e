using FunderPortal.Notifications;

namespace FunderPortal.Domain.Tests;

/// <summary>Failing mail as platform admins see it: when a message counts as failing, what is kept, and addresses masked.</summary>
public class MailFailureTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("sam.smith@example.org", "s***@example.org")]
    [InlineData("a@b.org", "a***@b.org")]
    [InlineData("no-at-sign", "***")]
    public void AnAddressIsMaskedToItsFirstCharacterAndDomain(string address, string masked) =>
        Assert.Equal(masked, MailFailureRules.Mask(address));

    [Fact]
    public void EveryAddressInAServersAnswerIsMasked() =>
        Assert.Equal("SmtpCommandException: 5.1.1 <s***@example.org>: Recipient address rejected (from p***@example.org)",
            MailFailureRules.MaskAddresses("SmtpCommandException: 5.1.1 <sam@example.org>: Recipient address rejected (from portal@example.org)"));

    [Theory]
    [InlineData(1, 0, 0, false)]
    [InlineData(3, 0, 0, true)] // a few attempts
    [InlineData(1, 61, 0, true)] // or a minute of failing
    [InlineData(5, 0, 3, false)] // recorded at 3: again only every 10 attempts
    [InlineData(13, 0, 3, true)]
    public void AMessageIsFailingAfterAFewAttemptsOrAMinuteAndRecordedAgainEveryTenAttempts(int attempts, int seconds, int recordedAt, bool failing) =>
        Assert.Equal(failing, MailFailureRules.IsFailing(attempts, TimeSpan.FromSeconds(seconds), recordedAt));

    [Fact]
    public void AFailingMessageIsKeptOnceUpdatedAndMarkedWhenDeliveredAfterAll()
    {
        var state = new MailFailuresState();
        var report = new MailFailureReport("m1@funderportal", "digest", "s***@example.org", "SocketException: Connection refused <sam@example.org>", 3, T0, false);
        foreach (var e in MailFailureRules.Record(report))
            state.Apply(e, T0.AddSeconds(10));
        foreach (var e in MailFailureRules.Record(report with { Attempts = 13 }))
            state.Apply(e, T0.AddMinutes(2));

        var failing = Assert.Single(MailFailureRules.View(state));
        Assert.Equal((13, MailFailureStatus.Failing, T0, T0.AddMinutes(2)), (failing.Attempts, failing.Status, failing.FirstFailedAt, failing.LastFailedAt));
        Assert.DoesNotContain("sam@example.org", failing.Reason, StringComparison.Ordinal);

        Assert.Empty(MailFailureRules.Delivered(state, "other@funderportal"));
        foreach (var e in MailFailureRules.Delivered(state, "m1@funderportal"))
            state.Apply(e, T0.AddMinutes(3));
        Assert.Equal((MailFailureStatus.DeliveredLater, T0.AddMinutes(3)), (state.Items[0].Status, state.Items[0].DeliveredAt));
        Assert.Empty(MailFailureRules.Delivered(state, "m1@funderportal"));
    }

    [Fact]
    public void AMessageRefusedForGoodIsShownSoAndOnlyTheNewestAreKept()
    {
        var state = new MailFailuresState();
        for (var i = 0; i <= MailFailureRules.Kept; i++)
        {
            foreach (var e in MailFailureRules.Record(new MailFailureReport($"m{i}", "invitation", "j***@example.org", "refused", 1, T0, Permanent: true)))
                state.Apply(e, T0.AddSeconds(i));
        }

        Assert.Equal(MailFailureRules.Kept, state.Items.Count);
        Assert.Equal(($"m{MailFailureRules.Kept}", MailFailureStatus.Refused), (MailFailureRules.View(state)[0].MessageId, MailFailureRules.View(state)[0].Status));
        Assert.Null(state.Find("m0"));
    }
}
