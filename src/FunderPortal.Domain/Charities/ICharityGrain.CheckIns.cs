namespace FunderPortal.Charities;

/// <summary>Periodic reflections, and the lived-experience leadership indicators beside the national benchmarks.</summary>
public partial interface ICharityGrain
{
    [Alias("RecordCheckIn")]
    Task<CheckIn> RecordCheckInAsync(RecordCheckIn command, string subject);

    /// <summary>Every check-in, newest first.</summary>
    [Alias("GetCheckIns")]
    Task<IReadOnlyList<CheckIn>> GetCheckInsAsync(string subject);

    /// <summary>One check-in with what participants say about it (totals only, from three answers).</summary>
    [Alias("GetCheckIn")]
    Task<CheckInView> GetCheckInAsync(string checkInId, string subject);

    /// <summary>
    /// One-time links for participants to rate the check-in themselves: handed back for <paramref name="participants"/>,
    /// emailed to <paramref name="recipients"/> (their <see cref="AttestationLink.Token"/> is null). Editors only.
    /// </summary>
    [Alias("MakeParticipantCheckInLinks")]
    Task<IReadOnlyList<AttestationLink>> MakeParticipantCheckInLinksAsync(
        string checkInId, IReadOnlyList<string> participants, IReadOnlyList<AttestationRecipient> recipients, string subject);

    /// <summary>No account: the link's token is the only key. Used, expired or unknown: not found.</summary>
    [Alias("GetVoicePrompt")]
    Task<VoicePrompt> GetVoicePromptAsync(string token);

    [Alias("AnswerParticipantCheckIn")]
    Task AnswerParticipantCheckInAsync(string token, VoiceInput input);

    [Alias("RecordLeadership")]
    Task<LeadershipView> RecordLeadershipAsync(LeadershipValues values, string subject);

    [Alias("GetLeadership")]
    Task<LeadershipView> GetLeadershipAsync(string subject);
}
