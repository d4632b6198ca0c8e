using FunderPortal.Common;

namespace FunderPortal.Charities;

/// <summary>
/// Whether new voices join or "the same few people" are asked again: in a period, how many participants took part (their
/// pseudonymous <c>p-…</c> ids that answered in it), how many for the first time (their first answer ever falls in it),
/// and which seldom-heard groups the charity reaches.
/// </summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.ParticipantVoices")]
public sealed record ParticipantVoices(
    [property: Id(0)] int TookPart,
    [property: Id(1)] int FirstTime,
    [property: Id(2)] IReadOnlyList<SeldomHeardGroup> SeldomHeardGroupsReached)
{
    public static readonly ParticipantVoices None = new(0, 0, []);
}

/// <summary>Counts <see cref="ParticipantVoices"/>: pure, over the charity as it was at the period's end.</summary>
public static class ParticipantVoiceCounts
{
    /// <summary>
    /// Answers to attestations and participant check-ins count (answered after <paramref name="from"/>, up to <paramref name="to"/>); each id once.
    /// The groups are those the workstreams reach as recorded at the end.
    /// </summary>
    public static ParticipantVoices Between(CharityState atTo, DateTimeOffset from, DateTimeOffset to)
    {
        var firstAnswer = Answers(atTo)
            .GroupBy(a => a.Participant, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (First: g.Min(a => a.At), InPeriod: g.Any(a => a.At > from && a.At <= to)), StringComparer.Ordinal);
        var tookPart = firstAnswer.Values.Where(v => v.InPeriod).ToList();
        SeldomHeardGroup[] groups = [.. atTo.Workstreams.SelectMany(w => w.Participants.GroupsReached).Distinct().Order()];
        return new ParticipantVoices(tookPart.Count, tookPart.Count(v => v.First > from), groups);
    }

    private static IEnumerable<(string Participant, DateTimeOffset At)> Answers(CharityState state) =>
        state.Evidence.SelectMany(e => e.Asks).Where(a => a.Answer is not null).Select(a => (a.Participant, a.Answer!.AnsweredAt))
            .Concat(state.VoiceAsks.Where(a => a.Answer is not null).Select(a => (a.Participant, a.Answer!.AnsweredAt)));
}
