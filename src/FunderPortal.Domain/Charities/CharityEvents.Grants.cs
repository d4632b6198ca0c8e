using System.Text.Json.Serialization;
using FunderPortal.Common;
using FunderPortal.Funders;

namespace FunderPortal.Charities;

[JsonDerivedType(typeof(FunderGrantNoted), "FunderGrantNoted")]
[JsonDerivedType(typeof(FunderGrantReceived), "FunderGrantReceived")]
public abstract partial record CharityEvent;

/// <summary>The claimed rung of one activity of one workstream, as it was when a funder's first grant began.</summary>
public sealed record RungAtGrant(string WorkstreamId, ActivityKind ActivityKind, LadderRung? Current);

/// <summary>
/// A funder recorded a grant to this charity. The rungs as they were when it began are kept with it, so a funder's
/// portfolio can show "rungs now against rungs at the first grant" without folding history on every push.
/// </summary>
public sealed record FunderGrantNoted(string FunderOrgId, string GrantId, DateOnly PlannedStart, IReadOnlyList<RungAtGrant> Rungs) : CharityEvent;

/// <summary>
/// Every grant a funder tells the charity of (<see cref="FunderGrantNoted"/> is only the first one's rungs): what it
/// committed to which plan lines (recorded as Committed funding in the same change) and what is left unallocated.
/// </summary>
public sealed record FunderGrantReceived(
    string FunderOrgId,
    string FunderName,
    string GrantId,
    string Title,
    long AmountPence,
    DateOnly AwardDate,
    GrantType Type,
    IReadOnlyList<string> PlanLineIds,
    IReadOnlyList<LineAllocation> Allocations,
    long UnallocatedPence) : CharityEvent;
