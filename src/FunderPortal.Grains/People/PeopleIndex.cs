using FunderPortal.Common.Outbox;

namespace FunderPortal.People;

/// <summary>
/// How organisations and rounds keep people's indexes up to date: the notices their change owes each person concerned,
/// delivered through the owner's <see cref="Outbox"/>. Joining and leaving are idempotent at the person, and one notice per
/// person and place (the newest word wins) keeps a join and a later leave in order.
/// </summary>
internal static class PeopleIndex
{
    public static IEnumerable<Notice> Notices(Place place, long version, IEnumerable<string> joined, IEnumerable<string> left) =>
        joined.Distinct(StringComparer.Ordinal).Select(subject => new Notice(Key(subject, place), version,
                grains => grains.GetGrain<IPersonGrain>(subject).JoinedAsync(place)))
            .Concat(left.Distinct(StringComparer.Ordinal).Select(subject => new Notice(Key(subject, place), version,
                grains => grains.GetGrain<IPersonGrain>(subject).LeftAsync(place.Kind, place.Id))));

    private static string Key(string subject, Place place) => $"person/{subject}/{place.Kind}/{place.Id}";
}
