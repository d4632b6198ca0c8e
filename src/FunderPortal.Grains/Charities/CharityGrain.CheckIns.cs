using FunderPortal.Common;

namespace FunderPortal.Charities;

/// <summary>Check-ins (periodic reflections) and the lived-experience leadership indicators: editors record, members and sharing funders read.</summary>
public sealed partial class CharityGrain
{
    public Task<CheckIn> RecordCheckInAsync(RecordCheckIn command, string subject) =>
        CreateAsync(subject, "check-in", (s, id) => CharityDecisions.RecordCheckIn(s, id, command, Today), (s, id) => s.FindCheckIn(id));

    public async Task<IReadOnlyList<CheckIn>> GetCheckInsAsync(string subject)
    {
        await ReaderAsync(subject, ShareScope.Journey, "check-ins");
        return [.. State.CheckIns.OrderByDescending(c => c.HeldOn).ThenByDescending(c => c.RecordedAt)];
    }

    public async Task<CheckIn> GetCheckInAsync(string checkInId, string subject)
    {
        await ReaderAsync(subject, ShareScope.Journey, $"check-ins/{checkInId}");
        return State.FindCheckIn(checkInId) ?? throw new NotFoundException($"No check-in '{checkInId}' in this charity.");
    }

    public Task<LeadershipView> RecordLeadershipAsync(LeadershipValues values, string subject) =>
        ChangeAsync(subject, s => CharityDecisions.RecordLeadership(s, values), s => s.ToLeadershipView());

    public async Task<LeadershipView> GetLeadershipAsync(string subject)
    {
        await ReaderAsync(subject, ShareScope.Journey, "leadership");
        return State.ToLeadershipView();
    }
}
