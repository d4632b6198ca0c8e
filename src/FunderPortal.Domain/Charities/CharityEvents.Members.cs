using System.Text.Json.Serialization;
using FunderPortal.Common;

namespace FunderPortal.Charities;

// Folded and decided as every organisation's are (OrganisationState, Memberships).
[JsonDerivedType(typeof(MemberRoleGranted), "MemberRoleGranted")]
[JsonDerivedType(typeof(MemberRemoved), "MemberRemoved")]
public abstract partial record CharityEvent;

public sealed record MemberRoleGranted(string Subject, MemberRole Role) : CharityEvent, IMemberRoleGranted;

public sealed record MemberRemoved(string Subject) : CharityEvent, IMemberRemoved;
