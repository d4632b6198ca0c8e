namespace FunderPortal.Charities;

/// <summary>Periodic reflections, and the lived-experience leadership indicators beside the national benchmarks.</summary>
public partial interface ICharityGrain
{
    [Alias("RecordCheckIn")]
    Task<CheckIn> RecordCheckInAsync(RecordCheckIn command, string subject);

    /// <summary>Every check-in, newest first.</summary>
    [Alias("GetCheckIns")]
    Task<IReadOnlyList<CheckIn>> GetCheckInsAsync(string subject);

    [Alias("GetCheckIn")]
    Task<CheckIn> GetCheckInAsync(string checkInId, string subject);

    [Alias("RecordLeadership")]
    Task<LeadershipView> RecordLeadershipAsync(LeadershipValues values, string subject);

    [Alias("GetLeadership")]
    Task<LeadershipView> GetLeadershipAsync(string subject);
}
