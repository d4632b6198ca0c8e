using FunderPortal.Common;

namespace FunderPortal.Charities;

public static partial class CharityDecisions
{
    public static IReadOnlyList<CharityEvent> StartWorkstream(CharityState state, string newId, StartWorkstream c)
    {
        var errors = new ErrorBag();
        errors.RequireText("title", c.Title, Limits.Title);
        errors.OptionalText("purpose", c.Purpose, Limits.ShortText);
        errors.OptionalText("intendedOutcome", c.IntendedOutcome, Limits.ShortText);
        errors.OptionalText("whatEveryoneWalksAwayWith", c.WhatEveryoneWalksAwayWith, Limits.ShortText);
        errors.ThrowIfAny();
        if (state.FindWorkstream(newId) is not null)
            throw new ConflictException("A workstream with that id already exists.");
        return [new WorkstreamStarted(newId, c.Title.Trim(), Text.Clean(c.Purpose), Text.Clean(c.IntendedOutcome),
            Text.Clean(c.WhatEveryoneWalksAwayWith))];
    }

    public static IReadOnlyList<CharityEvent> ChangeWorkstream(CharityState state, string workstreamId, ChangeWorkstream c)
    {
        var w = RequireWorkstream(state, workstreamId);
        var errors = new ErrorBag();
        if (c.Title is not null)
            errors.RequireText("title", c.Title, Limits.Title);
        errors.OptionalText("purpose", c.Purpose, Limits.ShortText);
        errors.OptionalText("intendedOutcome", c.IntendedOutcome, Limits.ShortText);
        errors.OptionalText("whatEveryoneWalksAwayWith", c.WhatEveryoneWalksAwayWith, Limits.ShortText);
        errors.ThrowIfAny();

        var change = new WorkstreamChanged(workstreamId,
            Differs(w.Title, c.Title?.Trim()),
            DiffersOptional(w.Purpose, c.Purpose),
            DiffersOptional(w.IntendedOutcome, c.IntendedOutcome),
            DiffersOptional(w.WhatEveryoneWalksAwayWith, c.WhatEveryoneWalksAwayWith));
        return change == new WorkstreamChanged(workstreamId, null, null, null, null) ? [] : [change];
    }

    public static IReadOnlyList<CharityEvent> SetRungs(CharityState state, string workstreamId, ActivityKind kind, RungPair rungs)
    {
        var w = RequireWorkstream(state, workstreamId);
        var errors = new ErrorBag();
        errors.Defined("activityKind", (ActivityKind?)kind);
        errors.Defined("current", rungs.Current);
        errors.Defined("target", rungs.Target);
        errors.ThrowIfAny();
        return w.RungsFor(kind) == rungs ? [] : [new RungsSet(workstreamId, kind, rungs.Current, rungs.Target)];
    }

    public static WorkstreamState RequireWorkstream(CharityState state, string workstreamId) =>
        state.FindWorkstream(workstreamId)
        ?? throw new NotFoundException($"No workstream '{workstreamId}' in this charity.");
    public static IReadOnlyList<CharityEvent> RecordParticipants(CharityState state, string workstreamId, RecordParticipants c)
    {
        var w = RequireWorkstream(state, workstreamId);
        var errors = new ErrorBag();
        errors.Range("count", c.Count, 0, Limits.MaxParticipants);
        for (var i = 0; i < c.GroupsReached.Count; i++)
            errors.Defined($"groupsReached[{i}]", (SeldomHeardGroup?)c.GroupsReached[i]);
        errors.Tags("roles", c.Roles, Limits.Title);
        errors.ThrowIfAny();

        var recorded = new Participants(c.Count, [.. c.GroupsReached.Distinct().Order()], CleanTags(c.Roles));
        return Same(w.Participants, recorded) ? [] : [new ParticipantsRecorded(workstreamId, recorded.Count, recorded.GroupsReached, recorded.Roles)];
    }

    public static IReadOnlyList<CharityEvent> SetPractices(CharityState state, string workstreamId, ActivityKind kind, IReadOnlyList<string> practices)
    {
        var w = RequireWorkstream(state, workstreamId);
        var errors = new ErrorBag();
        errors.Defined("activityKind", (ActivityKind?)kind);
        errors.Tags("practices", practices, Limits.Title);
        errors.ThrowIfAny();
        var cleaned = CleanTags(practices);
        return w.PracticesFor(kind).SequenceEqual(cleaned) ? [] : [new PracticesSet(workstreamId, kind, cleaned)];
    }

    public static IReadOnlyList<CharityEvent> PlanMilestone(CharityState state, string workstreamId, string newId, MilestoneDetails c, DateOnly today)
    {
        var w = RequireWorkstream(state, workstreamId);
        if (w.Milestones.Count >= Limits.Items)
            throw new ConflictException($"A workstream holds at most {Limits.Items} milestones.");
        ValidateMilestone(c, today);
        return [new MilestonePlanned(workstreamId, newId, c.Title.Trim(), c.PlannedDate!.Value, c.DoneDate)];
    }

    public static IReadOnlyList<CharityEvent> UpdateMilestone(CharityState state, string workstreamId, string milestoneId, MilestoneDetails c, DateOnly today)
    {
        var current = RequireWorkstream(state, workstreamId).FindMilestone(milestoneId)
            ?? throw new NotFoundException($"No milestone '{milestoneId}' in this workstream.");
        ValidateMilestone(c, today);
        var updated = new Milestone(milestoneId, c.Title.Trim(), c.PlannedDate!.Value, c.DoneDate);
        return updated == current ? [] : [new MilestoneUpdated(workstreamId, milestoneId, updated.Title, updated.PlannedDate, updated.DoneDate)];
    }

    public static IReadOnlyList<CharityEvent> RecordBarrier(CharityState state, string workstreamId, string newId, BarrierDetails c)
    {
        var w = RequireWorkstream(state, workstreamId);
        if (w.Barriers.Count >= Limits.Items)
            throw new ConflictException($"A workstream holds at most {Limits.Items} barriers.");
        ValidateBarrier(c);
        return [new BarrierRecorded(workstreamId, newId, c.Kind!.Value, c.Description.Trim(), Text.Clean(c.Mitigation), c.Status ?? BarrierStatus.Open)];
    }

    public static IReadOnlyList<CharityEvent> UpdateBarrier(CharityState state, string workstreamId, string barrierId, BarrierDetails c)
    {
        var current = RequireWorkstream(state, workstreamId).FindBarrier(barrierId)
            ?? throw new NotFoundException($"No barrier '{barrierId}' in this workstream.");
        ValidateBarrier(c);
        var updated = new Barrier(barrierId, c.Kind!.Value, c.Description.Trim(), Text.Clean(c.Mitigation), c.Status ?? current.Status);
        return updated == current ? [] : [new BarrierUpdated(workstreamId, barrierId, updated.Kind, updated.Description, updated.Mitigation, updated.Status)];
    }

    private static void ValidateMilestone(MilestoneDetails c, DateOnly today)
    {
        var errors = new ErrorBag();
        errors.RequireText("title", c.Title, Limits.Title);
        if (c.PlannedDate is null)
            errors.Add("plannedDate", "Required: the date the milestone is planned for (YYYY-MM-DD).");
        errors.Date("plannedDate", c.PlannedDate);
        errors.Date("doneDate", c.DoneDate);
        errors.NotAfter("doneDate", c.DoneDate, today, "A milestone cannot be done on a date still to come.");
        errors.ThrowIfAny();
    }

    private static void ValidateBarrier(BarrierDetails c)
    {
        var errors = new ErrorBag();
        if (c.Kind is null)
            errors.Add("kind", $"Required: one of {string.Join(", ", Enum.GetNames<BarrierKind>())}.");
        errors.Defined("kind", c.Kind);
        errors.RequireText("description", c.Description, Limits.ShortText);
        errors.OptionalText("mitigation", c.Mitigation, Limits.ShortText);
        errors.Defined("status", c.Status);
        errors.ThrowIfAny();
    }

    private static bool Same(Participants a, Participants b) =>
        a.Count == b.Count && a.GroupsReached.SequenceEqual(b.GroupsReached) && a.Roles.SequenceEqual(b.Roles);
}
