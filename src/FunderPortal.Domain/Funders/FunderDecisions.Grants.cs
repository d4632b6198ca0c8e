using System.Globalization;
using FunderPortal.Common;
using FunderPortal.Rounds;

namespace FunderPortal.Funders;

public static partial class FunderDecisions
{
    /// <summary>
    /// Grant ids are the funder's own running numbers (1, 2, 3…): short, stable, readable in open data. A number whose
    /// published id (<c>{grantIdPrefix}-{n}</c>) an imported grant already has is passed over, so no two grants are ever
    /// published under one id.
    /// </summary>
    public static string NextGrantId(FunderState state) => NextFreeGrantId(state, new HashSet<string>(), new HashSet<string>());

    /// <summary>The next running number free in <paramref name="state"/> and among grants about to be recorded beside it.</summary>
    private static string NextFreeGrantId(FunderState state, HashSet<string> pendingIds, HashSet<string> pendingOpenIds)
    {
        for (var n = state.Grants.Count + pendingIds.Count + 1; ; n++)
        {
            var id = n.ToString(CultureInfo.InvariantCulture);
            if (state.FindGrant(id) is not null || pendingIds.Contains(id))
                continue;
            if (state.GrantIdPrefix is { } prefix && OpenGrantIds.For(prefix, id) is var published
                && (state.GrantIdsBySource.ContainsKey(ImportedSource(published)) || pendingOpenIds.Contains(published)))
            {
                continue;
            }
            return id;
        }
    }

    /// <summary>Where a grant asked for by an idempotent request is kept, so its retries find it (null without one).</summary>
    public static string? RequestSource(RecordGrant c) => c.RequestId is { } id ? $"request/{id}" : null;

    /// <summary>The grant an earlier attempt of the same idempotent request recorded, if any.</summary>
    public static Grant? EarlierAttempt(FunderState state, RecordGrant c) =>
        RequestSource(c) is { } source && state.GrantIdsBySource.TryGetValue(source, out var id) ? state.FindGrant(id) : null;

    public static IReadOnlyList<FunderEvent> RecordGrant(FunderState state, string newId, RecordGrant c, DateOnly today)
    {
        var errors = new ErrorBag();
        OrgId.Check(errors, "charityOrgId", c.CharityOrgId);
        errors.OptionalText("charityName", c.CharityName, Limits.Name);
        errors.RequireText("title", c.Title, Limits.Title);
        errors.RequireText("description", c.Description, Limits.ShortText);
        GrantAmount(errors, c.AmountPence);
        Required(errors, "awardDate", c.AwardDate);
        errors.Date("awardDate", c.AwardDate);
        errors.NotAfter("awardDate", c.AwardDate, today, "The award date is when the grant was decided: not a date still to come.");
        Required(errors, "plannedStart", c.PlannedStart);
        errors.Date("plannedStart", c.PlannedStart);
        Required(errors, "plannedEnd", c.PlannedEnd);
        errors.Date("plannedEnd", c.PlannedEnd);
        if (c.PlannedStart is { } start && c.PlannedEnd is { } end && end < start)
            errors.Add("plannedEnd", "Must not be before plannedStart.");
        if (c.Type is null)
            errors.Add("type", $"Required: one of {string.Join(", ", Enum.GetNames<GrantType>())}.");
        errors.Defined("type", c.Type);
        if (c.ProgrammeId is not null && state.FindProgramme(c.ProgrammeId) is null)
            errors.Add("programmeId", "No such programme at this funder.");
        Links(errors, "planLineIds", c.PlanLineIds);
        Links(errors, "workstreamIds", c.WorkstreamIds);
        errors.ThrowIfAny();

        if (state.Grants.Count >= FunderLimits.MaxGrants)
            throw new ConflictException($"A funder can record at most {FunderLimits.MaxGrants} grants.");
        if (state.FindGrant(newId) is not null)
            throw new ConflictException("A grant with that id already exists.");

        return
        [
            new GrantRecorded(newId, c.CharityOrgId, Text.Clean(c.CharityName) ?? c.CharityOrgId, c.Title.Trim(), c.Description.Trim(),
                c.AmountPence!.Value, c.AwardDate!.Value, c.PlannedStart!.Value, c.PlannedEnd!.Value, c.Type!.Value,
                c.ProgrammeId, CleanLinks(c.PlanLineIds), CleanLinks(c.WorkstreamIds), RequestSource(c)),
        ];
    }

    /// <summary>
    /// A grant decided by one of the funder's rounds: a project grant from the decision day for a year (the
    /// charity and funder refine dates with the grant agreement), in the round's programme when the funder has it.
    /// </summary>
    public static IReadOnlyList<FunderEvent> RecordRoundGrant(FunderState state, string newId, string source, RoundGrant g, DateOnly today)
    {
        if (state.GrantIdsBySource.ContainsKey(source))
            return [];
        var awardDate = g.AwardDate > today ? today : g.AwardDate;
        var programmeId = g.ProgrammeId is not null && state.FindProgramme(g.ProgrammeId) is not null ? g.ProgrammeId : null;
        return
        [
            new GrantRecorded(newId, g.CharityOrgId, g.CharityName, g.Title, g.Description, g.AmountPence, awardDate, awardDate,
                awardDate.AddYears(1).AddDays(-1), GrantType.Project, programmeId, [], [], source),
        ];
    }

    /// <summary>More than nothing and at most £100m, in whole pence.</summary>
    public static void GrantAmount(ErrorBag errors, long? amountPence)
    {
        if (amountPence is not { } pence)
            errors.Add("amountPence", "Required: the amount awarded in whole pence (e.g. 1250000 for £12,500).");
        else if (pence <= 0)
            errors.Add("amountPence", "Must be more than nothing.");
        else if (pence > FunderLimits.MaxGrantPence)
            errors.Add("amountPence", $"At most {FunderLimits.MaxGrantPence} pence (£100m).");
    }

    private static void Required<T>(ErrorBag errors, string field, T? value) where T : struct
    {
        if (value is null)
            errors.Add(field, "Required: a date as YYYY-MM-DD.");
    }

    private static void Links(ErrorBag errors, string field, IReadOnlyList<string>? ids)
    {
        if (ids is null)
            return;
        if (ids.Count > FunderLimits.MaxLinks)
            errors.Add(field, $"At most {FunderLimits.MaxLinks} entries.");
        for (var i = 0; i < Math.Min(ids.Count, FunderLimits.MaxLinks); i++)
            errors.RequireText($"{field}[{i}]", ids[i], FunderLimits.LinkId);
    }

    private static string[] CleanLinks(IReadOnlyList<string>? ids) =>
        ids is null ? [] : [.. ids.Select(t => t.Trim()).Distinct(StringComparer.Ordinal)];
}
