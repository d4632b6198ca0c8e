using FunderPortal.Funders;

namespace FunderPortal.Charities;

/// <summary>What a funder's grain tells a charity of a grant it recorded to it (sent until the charity confirms).</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.GrantNotice")]
public sealed record GrantNotice(
    [property: Id(0)] FunderRef From,
    [property: Id(1)] string GrantId,
    [property: Id(2)] string Title,
    [property: Id(3)] long AmountPence,
    [property: Id(4)] DateOnly AwardDate,
    [property: Id(5)] DateOnly PlannedStart,
    [property: Id(6)] GrantType Type,
    [property: Id(7)] IReadOnlyList<string> PlanLineIds);

/// <summary>
/// A grant as the charity keeps it: what it committed to which lines (<see cref="CommittedPence"/>) and what it could not
/// (<see cref="UnallocatedPence"/>); <see cref="Position"/> is its place in arrival order.
/// </summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.GrantFromFunder")]
public sealed record GrantFromFunder(
    [property: Id(0)] FunderRef From,
    [property: Id(1)] string GrantId,
    [property: Id(2)] string Title,
    [property: Id(3)] long AmountPence,
    [property: Id(4)] DateOnly AwardDate,
    [property: Id(5)] GrantType Type,
    [property: Id(6)] IReadOnlyList<string> PlanLineIds,
    [property: Id(7)] IReadOnlyList<LineAllocation> Allocations,
    [property: Id(8)] long CommittedPence,
    [property: Id(9)] long UnallocatedPence,
    [property: Id(10)] long Position,
    [property: Id(11)] DateTimeOffset ReceivedAt);

/// <summary>A page of grants, newest first.</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.GrantsPage")]
public sealed record GrantsPage(
    [property: Id(0)] IReadOnlyList<GrantFromFunder> Items,
    [property: Id(1)] long? Next);
