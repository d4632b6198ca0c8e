using FunderPortal.Common;

namespace FunderPortal.Charities;

public sealed partial class CharityState
{
    public List<WorkstreamState> Workstreams { get; set; } = [];

    public WorkstreamState? FindWorkstream(string id) => Workstreams.Find(w => w.Id == id);

    partial void ApplyWorkstreams(CharityEvent change, DateTimeOffset recordedAt)
    {
        switch (change)
        {
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
        }
    }
}
