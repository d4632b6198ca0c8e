using FunderPortal.Idempotency;

namespace FunderPortal.Domain.Tests;

public class IdempotencyStateTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);
    private static readonly StoredResponse Created = new(201, "application/json", "/x/1", null, [1, 2, 3]);

    private static IdempotencyState Begun(string hash = "h")
    {
        var state = new IdempotencyState();
        state.Apply(new IdempotentRequestBegun(hash), T0);
        return state;
    }

    [Fact]
    public void AFreshKeyProceeds() => Assert.Equal(IdempotencyOutcome.Proceed, new IdempotencyState().Decide("h", T0).Outcome);

    [Fact]
    public void AKeyBeingCarriedOutMakesTheSameRequestWaitAndAnotherOneMismatch()
    {
        var state = Begun();

        Assert.Equal(IdempotencyOutcome.InProgress, state.Decide("h", T0.AddSeconds(1)).Outcome);
        Assert.Equal(IdempotencyOutcome.Mismatch, state.Decide("other", T0.AddSeconds(1)).Outcome);
    }

    [Fact]
    public void ACompletedKeyReplaysItsResponseForTwentyFourHours()
    {
        var state = Begun();
        state.Apply(new IdempotentResponseStored(Created), T0);

        Assert.Equal(new IdempotencyDecision(IdempotencyOutcome.Replay, Created), state.Decide("h", T0.AddHours(23)));
        Assert.Equal(IdempotencyOutcome.Mismatch, state.Decide("other", T0.AddHours(23)).Outcome);
        Assert.Equal(IdempotencyOutcome.Proceed, state.Decide("other", T0.AddHours(24)).Outcome);
    }

    [Fact]
    public void AnAbandonedOrLongStalledRequestMayProceedAgain()
    {
        var abandoned = Begun();
        abandoned.Apply(new IdempotentRequestAbandoned(), T0);

        Assert.Equal(IdempotencyOutcome.Proceed, abandoned.Decide("h", T0.AddSeconds(1)).Outcome);
        Assert.Equal(IdempotencyOutcome.Proceed, Begun().Decide("h", T0.Add(IdempotencyState.Abandoned)).Outcome);
    }

    [Fact]
    public void AKeyKeepsItsGenerationThroughRetriesAndGetsANewOneOnceForgotten()
    {
        var state = Begun();
        var first = state.Generation;

        state.Apply(new IdempotentRequestAbandoned(), T0.AddSeconds(1));
        state.Apply(new IdempotentRequestBegun("h"), T0.AddSeconds(2));
        Assert.Equal(first, state.Generation);

        state.Apply(new IdempotentRequestBegun("h"), T0.AddSeconds(2).Add(IdempotencyState.Retention));
        Assert.NotEqual(first, state.Generation);
    }
}
