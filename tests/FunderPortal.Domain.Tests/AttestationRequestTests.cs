using FunderPortal.Charities;
using FunderPortal.Common;

namespace FunderPortal.Domain.Tests;

/// <summary>Who a request for attestations asks: participants by handle, recipients by handle and address, at least one in all.</summary>
public class AttestationRequestTests
{
    private static IReadOnlyList<string> Refused(IReadOnlyList<string?> participants, IReadOnlyList<AttestationRecipient?> recipients) =>
        [.. Assert.Throws<DomainValidationException>(() => AttestationRequests.Check(participants, recipients)).Errors.Keys.Order()];

    [Fact]
    public void ParticipantsComeFirstThenRecipientsWithTheirAddressesTrimmed()
    {
        var asked = AttestationRequests.Check(["p-1"], [new AttestationRecipient("p-2", " sam@example.org ")]);

        Assert.Equal([new ParticipantToAsk("p-1", null), new ParticipantToAsk("p-2", "sam@example.org")], asked);
        Assert.Equal([new ParticipantToAsk("p-3", "jo@example.org")], AttestationRequests.Check([], [new AttestationRecipient("p-3", "jo@example.org")]));
    }

    [Fact]
    public void AtLeastOneParticipantInAllAndEachOnce()
    {
        Assert.Equal(["participants"], Refused([], []));
        Assert.Equal(["participants"], Refused(["p-1"], [new AttestationRecipient("p-1", "sam@example.org")]));
        Assert.Equal(["participants"], Refused([.. Enumerable.Range(1, 30).Select(i => $"p-{i}")],
            [.. Enumerable.Range(31, 21).Select(i => new AttestationRecipient($"p-{i}", $"p{i}@example.org"))]));
    }

    [Theory]
    [InlineData("not an address")]
    [InlineData("sam@")]
    [InlineData("sam@example")]
    [InlineData("")]
    public void ARecipientsAddressIsCheckedAndNamedByItsPath(string email) =>
        Assert.Equal(["recipients[1].email"], Refused([], [new AttestationRecipient("p-1", "sam@example.org"), new AttestationRecipient("p-2", email)]));

    [Fact]
    public void HandlesAreCheckedWhereverTheyAre()
    {
        Assert.Equal(["participants[0]", "recipients[0].participant"], Refused(["Sam Smith"], [new AttestationRecipient("", "sam@example.org")]));
        Assert.Equal(["recipients[0].email", "recipients[0].participant"], Refused([], [null]));
    }
}
