using FunderPortal.Charities;
using FunderPortal.Common;

namespace FunderPortal.Domain.Tests;

/// <summary>Builds charity states for tests by deciding and applying events, as the grain does.</summary>
public static class Charities
{
    public const string OrgId = "GB-CHC-1234567";
    public static readonly DateTimeOffset T0 = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Today = new(2026, 6, 1);

    public static CharityState Registered() =>
        new CharityState().With(s => CharityDecisions.Register(s, OrgId, new RegisterCharity(OrgId, "Hope Street", SizeBand.Small, [], [], null), "alice"));

    public static CharityState WithWorkstream(string id = "w1") =>
        Registered().With(s => CharityDecisions.StartWorkstream(s, id, new StartWorkstream("Peer support", null, null, null)));

    /// <summary>Applies what the decision returns, recorded at <paramref name="at"/> (T0 when not given).</summary>
    public static CharityState With(this CharityState state, Func<CharityState, IReadOnlyList<CharityEvent>> decide, DateTimeOffset? at = null)
    {
        foreach (var e in decide(state))
            state.Apply(e, at ?? T0);
        return state;
    }

    public static RecordCheckIn FullCheckIn(DateOnly? heldOn = null, int rating = 3) => new(
        heldOn, "Paid sessions", "Evening times", "Try Saturdays",
        Enum.GetValues<ReadinessQuestion>().ToDictionary(q => q, _ => new ReadinessResponse(ReadinessAnswer.Partly, " words ")),
        Enum.GetValues<Principle>().ToDictionary(p => p, _ => rating));
}
