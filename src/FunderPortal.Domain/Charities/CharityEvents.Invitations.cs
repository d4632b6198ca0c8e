using System.Text.Json.Serialization;
using FunderPortal.Common;

namespace FunderPortal.Charities;

[JsonDerivedType(typeof(MemberInvited), "MemberInvited")]
[JsonDerivedType(typeof(InvitationAccepted), "InvitationAccepted")]
public abstract partial record CharityEvent;

/// <summary>A one-time link to join as <see cref="Role"/>; only the token's hash is kept.</summary>
public sealed record MemberInvited(string TokenHash, MemberRole Role, DateTimeOffset ExpiresAt) : CharityEvent;

/// <summary>The link was used (the role itself is granted by the <see cref="MemberRoleGranted"/> beside it).</summary>
public sealed record InvitationAccepted(string TokenHash, string Subject) : CharityEvent;
