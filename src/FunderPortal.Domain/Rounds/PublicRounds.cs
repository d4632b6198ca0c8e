using System.Text.Json.Serialization;
using FunderPortal.Common;

namespace FunderPortal.Rounds;

// The public index of published rounds (stream public-rounds), told by each round through its outbox. A storage
// format: add events, rename nothing.

[JsonDerivedType(typeof(PublicRoundListed), "PublicRoundListed")]
[JsonDerivedType(typeof(PublicRoundUnlisted), "PublicRoundUnlisted")]
public abstract record PublicRoundsEvent;

/// <summary>A round's entry as it now is; <see cref="Version"/> is the round's, so an older word never replaces a newer one.</summary>
public sealed record PublicRoundListed(PublicRoundListing Listing, long Version) : PublicRoundsEvent;

/// <summary>A round taken down (its publication withdrawn); kept as a mark so an older word cannot list it again.</summary>
public sealed record PublicRoundUnlisted(string RoundId, long Version) : PublicRoundsEvent;

/// <summary>One round in the index: <see cref="Listing"/> null while taken down; <see cref="Sequence"/> is its place in arrival order.</summary>
public sealed record PublicRoundEntry(PublicRoundListing? Listing, long Version, long Sequence);

public sealed class PublicRoundsState : IAggregateState<PublicRoundsEvent>
{
    public const int SnapshotSchema = 1;

    public long Version { get; set; }
    public DateTimeOffset? LastRecordedAt { get; set; }
    public Dictionary<string, PublicRoundEntry> Rounds { get; set; } = new(StringComparer.Ordinal);

    public void Apply(PublicRoundsEvent change, DateTimeOffset recordedAt)
    {
        switch (change)
        {
            case PublicRoundListed e:
                Rounds[e.Listing.RoundId] = new PublicRoundEntry(e.Listing, e.Version, SequenceOf(e.Listing.RoundId));
                break;
            case PublicRoundUnlisted e:
                Rounds[e.RoundId] = new PublicRoundEntry(null, e.Version, SequenceOf(e.RoundId));
                break;
        }
        Version++;
        LastRecordedAt = recordedAt;
    }

    private long SequenceOf(string roundId) => Rounds.TryGetValue(roundId, out var entry) ? entry.Sequence : Rounds.Count + 1;
}

/// <summary>
/// The index's rules, pure: each round's newest word wins (by the round's version), and the index reads by closing
/// date, a page at a time, as history is read (<c>after</c> the previous page's <c>next</c>).
/// </summary>
public static class PublicRounds
{
    /// <summary>Rounds beyond this many arrivals would share positions; the portal is far from it.</summary>
    private const long SequenceSpan = 1_000_000;

    public static IReadOnlyList<PublicRoundsEvent> List(PublicRoundsState state, PublicRoundListing listing, long version) =>
        IsNewer(state, listing.RoundId, version) ? [new PublicRoundListed(listing, version)] : [];

    public static IReadOnlyList<PublicRoundsEvent> Unlist(PublicRoundsState state, string roundId, long version) =>
        IsNewer(state, roundId, version) ? [new PublicRoundUnlisted(roundId, version)] : [];

    private static bool IsNewer(PublicRoundsState state, string roundId, long version) =>
        !state.Rounds.TryGetValue(roundId, out var entry) || entry.Version < version;

    /// <summary>
    /// Where a round sorts: by closing date (rounds without one last), then by arrival. A page's <c>next</c> is its last
    /// round's position, so the next page starts after it even while rounds are added or taken down.
    /// </summary>
    public static long Position(PublicRoundEntry entry) =>
        (entry.Listing?.Timetable.Closes ?? DateOnly.MaxValue).DayNumber * SequenceSpan + entry.Sequence % SequenceSpan;

    /// <summary>Up to <paramref name="limit"/> listed rounds in <paramref name="phase"/> (any when null) after position <paramref name="after"/>.</summary>
    public static PublicRoundsPage Page(PublicRoundsState state, RoundPhase? phase, long? after, int limit)
    {
        var listed = state.Rounds.Values
            .Where(e => e.Listing is { } l && (phase is null || l.Phase == phase) && Position(e) > (after ?? 0))
            .OrderBy(Position)
            .Take(limit + 1)
            .ToList();
        var items = listed.Take(limit).ToList();
        return new PublicRoundsPage([.. items.Select(e => e.Listing!)], listed.Count > limit ? Position(items[^1]) : null);
    }
}
