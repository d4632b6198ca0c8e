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
            Forget(logger, subject, grains.GetGrain<IPersonGrain>(subject).JoinedAsync(place));
        foreach (var subject in left.Distinct(StringComparer.Ordinal))
            Forget(logger, subject, grains.GetGrain<IPersonGrain>(subject).LeftAsync(place.Kind, place.Id));
    }

    private static void Forget(ILogger logger, string subject, Task notice) => notice.ContinueWith(
        t => logger.LogWarning(t.Exception, "Could not update the places of {Subject}; their home page may miss a place until it changes again", subject),
        CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
}
