using System.Text.Json.Serialization;
using FunderPortal.Common;

namespace FunderPortal.Charities;

[JsonDerivedType(typeof(MemberInvited), "MemberInvited")]
[JsonDerivedType(typeof(InvitationAccepted), "InvitationAccepted")]
[JsonDerivedType(typeof(InvitationReissued), "InvitationReissued")]
public abstract partial record CharityEvent;

/// <summary>A one-time link to join as <see cref="Role"/>; only the token's hash is kept. <see cref="InvitationId"/> is null on old events.</summary>
public sealed record MemberInvited(string TokenHash, MemberRole Role, DateTimeOffset ExpiresAt, string? InvitationId = null) : CharityEvent;

/// <summary>The link was used (the role itself is granted by the <see cref="MemberRoleGranted"/> beside it).</summary>
public sealed record InvitationAccepted(string TokenHash, string Subject) : CharityEvent;

/// <summary>
/// The invitation's link made again (a retry of the request that made it, whose answer never reached anyone): the new
/// token's hash replaces the old one, so the link never shown stops working.
/// </summary>
public sealed record InvitationReissued(string InvitationId, string TokenHash) : CharityEvent;
