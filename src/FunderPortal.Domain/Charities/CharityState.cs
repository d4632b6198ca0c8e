using FunderPortal.Common;

namespace FunderPortal.Charities;

/// <summary>
/// A charity as the fold of its events. Members and verification are folded as every organisation's are
/// (<see cref="OrganisationState{TEvent}"/>); each feature folds its own events in a file of its own
/// (CharityState.&lt;Feature&gt;.cs). Snapshotted as JSON, so keep it plain.
/// </summary>
public sealed partial class CharityState : OrganisationState<CharityEvent>
{
    /// <summary>Bump when the shape changes in a way old snapshots cannot be read as: they are then ignored.</summary>
    public const int SnapshotSchema = 1;

    protected override void ApplyOwn(CharityEvent change, DateTimeOffset recordedAt)
    {
        ApplyProfile(change, recordedAt);
        ApplyInvitations(change);
        ApplyWorkstreams(change, recordedAt);
        ApplyCheckIns(change, recordedAt);
        ApplyEvidence(change, recordedAt);
        ApplyResourcing(change, recordedAt);
        ApplySharing(change, recordedAt);
        ApplyGrants(change, recordedAt);
        ApplyInbox(change, recordedAt);
        ApplyFeedback(change, recordedAt);
        ApplyRounds(change, recordedAt);
    }

    partial void ApplyProfile(CharityEvent change, DateTimeOffset recordedAt);

    partial void ApplyInvitations(CharityEvent change);

    partial void ApplyWorkstreams(CharityEvent change, DateTimeOffset recordedAt);

    partial void ApplyCheckIns(CharityEvent change, DateTimeOffset recordedAt);

    partial void ApplyEvidence(CharityEvent change, DateTimeOffset recordedAt);

    partial void ApplyResourcing(CharityEvent change, DateTimeOffset recordedAt);

    partial void ApplySharing(CharityEvent change, DateTimeOffset recordedAt);

    partial void ApplyGrants(CharityEvent change, DateTimeOffset recordedAt);

    partial void ApplyInbox(CharityEvent change, DateTimeOffset recordedAt);

    partial void ApplyFeedback(CharityEvent change, DateTimeOffset recordedAt);

    partial void ApplyRounds(CharityEvent change, DateTimeOffset recordedAt);

    private static void Replace<T>(List<T> items, Predicate<T> match, T replacement)
    {
        var index = items.FindIndex(match);
        if (index >= 0)
            items[index] = replacement;
    }
}
