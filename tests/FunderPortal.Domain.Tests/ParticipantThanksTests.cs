using FunderPortal.Charities;
using FunderPortal.Common;
using FunderPortal.Rounds;
using static FunderPortal.Domain.Tests.Charities;
using static FunderPortal.Domain.Tests.ResourcingLines;

namespace FunderPortal.Domain.Tests;

/// <summary>
/// How a participant payment line thanks people: paid by default, in kind, or declined (people on some benefits take a
/// risk in being paid); why is for the charity's members only.
/// </summary>
public class ParticipantThanksTests
{
    [Fact]
    public void APaymentLineThanksPeopleByPaymentUnlessItSaysOtherwise()
    {
        var state = Registered()
            .WithLine("paid", Line(ResourcingCategory.ParticipantPayment))
            .WithLine("vouchers", Line(ResourcingCategory.ParticipantPayment) with { Payment = PaymentChoice.NonCash, PaymentReason = "  Two members are on ESA. " })
            .WithLine("staff", Line(ResourcingCategory.StaffTime));

        Assert.Equal(PaymentChoice.Paid, state.FindResourcingLine("paid")!.Terms.ThankedBy());
        Assert.Equal(PaymentChoice.NonCash, state.FindResourcingLine("vouchers")!.Terms.ThankedBy());
        Assert.Equal("Two members are on ESA.", state.FindResourcingLine("vouchers")!.Terms.PaymentReason);
        Assert.Null(state.FindResourcingLine("staff")!.Terms.ThankedBy());
    }

    [Fact]
    public void OnlyAParticipantPaymentLineSaysHowPeopleAreThanked()
    {
        var error = Assert.Throws<DomainValidationException>(() => CharityDecisions.PlanResourcingLine(Registered(), "l1",
            Line(ResourcingCategory.StaffTime) with { Payment = PaymentChoice.Declined, PaymentReason = "Why" }));
        Assert.Equal(["payment", "paymentReason"], error.Errors.Keys.Order(StringComparer.Ordinal));

        var tooLong = Assert.Throws<DomainValidationException>(() => CharityDecisions.PlanResourcingLine(Registered(), "l1",
            Line(ResourcingCategory.ParticipantPayment) with { Payment = (PaymentChoice)9, PaymentReason = new string('a', ResourcingLimits.PaymentReason + 1) }));
        Assert.Equal(["payment", "paymentReason"], tooLong.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void FundersNeverReadWhyPeopleAreThankedAsTheyAre()
    {
        var line = Registered().WithLine("l1", Line(ResourcingCategory.ParticipantPayment) with { Payment = PaymentChoice.Declined, PaymentReason = "Carers Allowance" })
            .FindResourcingLine("l1")!;
        var share = new Share("s1", "GB-CHC-7000001", [ShareScope.Resourcing], null, T0, null);

        Assert.Equal("Carers Allowance", line.ToView(CharityReader.Member(MemberRole.Viewer)).Terms.PaymentReason);
        var funderView = line.ToView(CharityReader.Funder(share));
        Assert.Null(funderView.Terms.PaymentReason);
        Assert.Equal(PaymentChoice.Declined, funderView.Terms.ThankedBy());
    }

    [Fact]
    public void ALineWherePeopleDeclinedPaymentIsNotWarnedAboutAsUnpaid()
    {
        var state = Registered()
            .With(s => CharityDecisions.StartWorkstream(s, "w1", new StartWorkstream("Carers' panel", null, null, null)))
            .With(s => CharityDecisions.RecordParticipants(s, "w1", new RecordParticipants(5, [], [])))
            .WithLine("nothing", Line(ResourcingCategory.ParticipantPayment, 10, 0, "w1"));
        Assert.Single(ResourcingTotals.Warnings(state));

        state.WithLine("declined", Line(ResourcingCategory.ParticipantPayment, 10, 0, "w1") with { Payment = PaymentChoice.Declined });

        Assert.Empty(ResourcingTotals.Warnings(state));
    }
}
