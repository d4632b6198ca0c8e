using FunderPortal.Common;

namespace FunderPortal.Charities;

/// <summary>
/// A link to join, as kept: only its token's hash. <see cref="Id"/> names it (null for invitations made before ids), so a
/// retry of the request that made it finds it.
/// </summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.Invitation")]
public sealed record Invitation(
    [property: Id(0)] string TokenHash,
    [property: Id(1)] MemberRole Role,
    [property: Id(2)] DateTimeOffset ExpiresAt,
    [property: Id(3)] string? AcceptedBy,
    [property: Id(4)] string? Id = null);

/// <summary>A link to join a charity, shown once.</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.InvitationLink")]
public sealed record InvitationLink(
    [property: Id(0)] string Token,
    [property: Id(1)] MemberRole Role,
    [property: Id(2)] DateTimeOffset ExpiresAt);
