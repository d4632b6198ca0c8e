using Orleans.Concurrency;

namespace FunderPortal.Rounds;

/// <summary>
/// The public index of published rounds (one grain, <see cref="Key"/>), kept in its own stream. Each round tells it
/// through its outbox after every change the index shows (perhaps more than once, perhaps late): the newest word by the
/// round's version wins. Anyone reads it, without signing in.
/// </summary>
[Alias("FunderPortal.IPublicRoundsGrain")]
public interface IPublicRoundsGrain : IGrainWithStringKey
{
    public const string Key = "all";

    [Alias("List")]
    Task ListAsync(PublicRoundListing listing, long version);

    [Alias("Unlist")]
    Task UnlistAsync(string roundId, long version);

    /// <summary>Listed rounds by closing date, in <paramref name="phase"/> when given, after position <paramref name="after"/>.</summary>
    [Alias("GetPage"), ReadOnly]
    Task<PublicRoundsPage> GetPageAsync(RoundPhase? phase, long? after, int limit);
}
