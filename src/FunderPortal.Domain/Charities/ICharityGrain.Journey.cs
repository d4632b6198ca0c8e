namespace FunderPortal.Charities;

/// <summary>The journey map over time: as it is or was, what changed between two instants, and every recorded change.</summary>
public partial interface ICharityGrain
{
    /// <summary>The journey map now, or as it was at <paramref name="asOf"/> (404 before the charity existed).</summary>
    [Alias("GetJourney")]
    Task<JourneyView> GetJourneyAsync(DateTimeOffset? asOf, string subject);

    /// <summary>
    /// The journey map for a panellist of <paramref name="roundId"/> whose application from this charity links it (asked
    /// of the round; logged in the access log naming the round), while the panel judges; anyone else as
    /// <see cref="GetJourneyAsync"/>.
    /// </summary>
    [Alias("GetJourneyForRound")]
    Task<JourneyView> GetJourneyForRoundAsync(string roundId, DateTimeOffset? asOf, string subject);

    /// <summary>What changed between two instants (rungs, milestones, barriers, check-ins).</summary>
    [Alias("GetProgress")]
    Task<ProgressView> GetProgressAsync(DateTimeOffset since, DateTimeOffset until, string subject);

    /// <summary>Events oldest first, after version <paramref name="afterVersion"/>.</summary>
    [Alias("GetHistory")]
    Task<HistoryPage> GetHistoryAsync(long afterVersion, int limit, string subject);
}
