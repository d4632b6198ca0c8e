using System.Text.Json.Serialization;
using FunderPortal.Common;

namespace FunderPortal.Funders;

// Folded and decided as every organisation's are (OrganisationState, Memberships); named for the funder, so a funder's
// history never reads like a charity's.
[JsonDerivedType(typeof(FunderMemberRoleGranted), "FunderMemberRoleGranted")]
[JsonDerivedType(typeof(FunderMemberRemoved), "FunderMemberRemoved")]
public abstract partial record FunderEvent;

public sealed record FunderMemberRoleGranted(string Subject, MemberRole Role) : FunderEvent, IMemberRoleGranted;

public sealed record FunderMemberRemoved(string Subject) : FunderEvent, IMemberRemoved;
