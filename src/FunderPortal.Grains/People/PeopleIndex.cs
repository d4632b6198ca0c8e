using FunderPortal.Common;
using Microsoft.Extensions.Logging;

namespace FunderPortal.People;

/// <summary>
/// How organisations and rounds keep people's indexes up to date: after their own change is stored, they tell each
/// person concerned without waiting. A lost notice leaves the index behind, never wrong about access: pages check each
/// place with its own grain.
/// </summary>
internal static class PeopleIndex
{
    public static void Tell(IGrainFactory grains, ILogger logger, Place place, IEnumerable<string> joined, IEnumerable<string> left)
    {
        foreach (var subject in joined.Distinct(StringComparer.Ordinal))
            grains.GetGrain<IPersonGrain>(subject).JoinedAsync(place).Forget(e => Failed(logger, e, subject));
        foreach (var subject in left.Distinct(StringComparer.Ordinal))
            grains.GetGrain<IPersonGrain>(subject).LeftAsync(place.Kind, place.Id).Forget(e => Failed(logger, e, subject));
    }

    private static void Failed(ILogger logger, Exception failure, string subject) =>
        logger.LogWarning(failure, "Could not update the places of {Subject}; their home page may miss a place until it changes again", subject);
}
