using FunderPortal.Common;

namespace FunderPortal.Charities;

/// <summary>A charity as the fold of its events. Snapshotted as JSON, so keep it plain.</summary>
public sealed partial class CharityState : IAggregateState<CharityEvent>
{
    /// <summary>Bump when the shape changes in a way old snapshots cannot be read as: they are then ignored.</summary>
    public const int SnapshotSchema = 1;

    public long Version { get; set; }
    public DateTimeOffset? LastRecordedAt { get; set; }
    public DateTimeOffset? RegisteredAt { get; set; }
    public string OrgId { get; set; } = "";
    public string Name { get; set; } = "";
    public SizeBand? SizeBand { get; set; }
    public List<string> Areas { get; set; } = [];
    public List<string> Causes { get; set; } = [];
    public string? CoProductionMeaning { get; set; }
    public Dictionary<string, MemberRole> Members { get; set; } = new(StringComparer.Ordinal);
    public List<WorkstreamState> Workstreams { get; set; } = [];
    public int CheckInIntervalDays { get; set; } = CheckInSchedule.DefaultIntervalDays;
    public List<CheckIn> CheckIns { get; set; } = [];
    public List<Invitation> Invitations { get; set; } = [];
    public LeadershipValues Leadership { get; set; } = LeadershipValues.Unknown;
    public DateTimeOffset? LeadershipRecordedAt { get; set; }

    public bool IsRegistered => RegisteredAt is not null;

    public WorkstreamState? FindWorkstream(string id) => Workstreams.Find(w => w.Id == id);

    public CheckIn? FindCheckIn(string id) => CheckIns.Find(c => c.Id == id);

    public void Apply(CharityEvent change, DateTimeOffset recordedAt)
    {
        switch (change)
        {
            case CharityRegistered e:
                RegisteredAt = recordedAt;
                OrgId = e.OrgId;
                Name = e.Name;
                SizeBand = e.SizeBand;
                Areas = [.. e.Areas];
                Causes = [.. e.Causes];
                CoProductionMeaning = e.CoProductionMeaning;
                break;
            case CharityProfileChanged e:
                Name = e.Name ?? Name;
                SizeBand = e.SizeBand ?? SizeBand;
                Areas = e.Areas is null ? Areas : [.. e.Areas];
                Causes = e.Causes is null ? Causes : [.. e.Causes];
                CoProductionMeaning = Text.Changed(CoProductionMeaning, e.CoProductionMeaning);
                CheckInIntervalDays = e.CheckInIntervalDays ?? CheckInIntervalDays;
                break;
            case MemberRoleGranted e:
                Members[e.Subject] = e.Role;
                break;
            case MemberRemoved e:
                Members.Remove(e.Subject);
                break;
            case WorkstreamStarted e:
                Workstreams.Add(new WorkstreamState
                {
                    Id = e.WorkstreamId,
                    Title = e.Title,
                    Purpose = e.Purpose,
                    IntendedOutcome = e.IntendedOutcome,
                    WhatEveryoneWalksAwayWith = e.WhatEveryoneWalksAwayWith,
                    StartedAt = recordedAt,
                });
                break;
            case WorkstreamChanged e when FindWorkstream(e.WorkstreamId) is { } w:
                w.Title = e.Title ?? w.Title;
                w.Purpose = Text.Changed(w.Purpose, e.Purpose);
                w.IntendedOutcome = Text.Changed(w.IntendedOutcome, e.IntendedOutcome);
                w.WhatEveryoneWalksAwayWith = Text.Changed(w.WhatEveryoneWalksAwayWith, e.WhatEveryoneWalksAwayWith);
                break;
            case RungsSet e when FindWorkstream(e.WorkstreamId) is { } w:
                w.Rungs[e.ActivityKind] = new RungPair(e.Current, e.Target);
                break;
            case ParticipantsRecorded e when FindWorkstream(e.WorkstreamId) is { } w:
                w.Participants = new Participants(e.Count, [.. e.GroupsReached], [.. e.Roles]);
                break;
            case PracticesSet e when FindWorkstream(e.WorkstreamId) is { } w:
                w.Practices[e.ActivityKind] = [.. e.Practices];
                break;
            case MilestonePlanned e when FindWorkstream(e.WorkstreamId) is { } w:
                w.Milestones.Add(new Milestone(e.MilestoneId, e.Title, e.PlannedDate, e.DoneDate));
                break;
            case MilestoneUpdated e when FindWorkstream(e.WorkstreamId) is { } w:
                Replace(w.Milestones, m => m.Id == e.MilestoneId, new Milestone(e.MilestoneId, e.Title, e.PlannedDate, e.DoneDate));
                break;
            case BarrierRecorded e when FindWorkstream(e.WorkstreamId) is { } w:
                w.Barriers.Add(new Barrier(e.BarrierId, e.Kind, e.Description, e.Mitigation, e.Status));
                break;
            case BarrierUpdated e when FindWorkstream(e.WorkstreamId) is { } w:
                Replace(w.Barriers, b => b.Id == e.BarrierId, new Barrier(e.BarrierId, e.Kind, e.Description, e.Mitigation, e.Status));
                break;
            case CheckInRecorded e:
                CheckIns.Add(new CheckIn(e.CheckInId, recordedAt, e.HeldOn, e.WhatWorked, e.WhatDidNot, e.WhatNext,
                    e.Readiness, e.Principles));
                break;
            case MemberInvited e:
                Invitations.Add(new Invitation(e.TokenHash, e.Role, e.ExpiresAt, null));
                break;
            case InvitationAccepted e:
                Replace(Invitations, i => i.TokenHash == e.TokenHash, Invitations.Find(i => i.TokenHash == e.TokenHash)! with { AcceptedBy = e.Subject });
                break;
            case LeadershipRecorded e:
                Leadership = e.Values;
                LeadershipRecordedAt = recordedAt;
                break;
            default:
                // Each feature folds its own events in a file of its own (CharityState.Resourcing.cs, …).
                ApplyResourcing(change, recordedAt);
                ApplyEvidence(change, recordedAt);
                ApplySharing(change, recordedAt);
                ApplyGrants(change);
                ApplyVerification(change);
                break;
        }
        Version++;
        LastRecordedAt = recordedAt;
    }

    partial void ApplyResourcing(CharityEvent change, DateTimeOffset recordedAt);

    partial void ApplyEvidence(CharityEvent change, DateTimeOffset recordedAt);

    partial void ApplySharing(CharityEvent change, DateTimeOffset recordedAt);

    partial void ApplyVerification(CharityEvent change);

    private static void Replace<T>(List<T> items, Predicate<T> match, T replacement)
    {
        var index = items.FindIndex(match);
        if (index >= 0)
            items[index] = replacement;
    }
}
