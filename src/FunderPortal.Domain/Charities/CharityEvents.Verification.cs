using System.Text.Json.Serialization;
using FunderPortal.Common;

namespace FunderPortal.Charities;

// Folded and decided as every organisation's are (OrganisationState, VerificationRules).
[JsonDerivedType(typeof(OrganisationVerified), "OrganisationVerified")]
[JsonDerivedType(typeof(VerificationWithdrawn), "VerificationWithdrawn")]
public abstract partial record CharityEvent;

/// <summary>A platform admin verified the charity (recorded with the admin as actor, so it shows in the audit).</summary>
public sealed record OrganisationVerified(string VerifiedBy, DateTimeOffset VerifiedAt, string? Note) : CharityEvent, IOrganisationVerified;

/// <summary>A platform admin withdrew the verification, e.g. given in error.</summary>
public sealed record VerificationWithdrawn(string WithdrawnBy) : CharityEvent, IVerificationWithdrawn;
