using System.Text.Json.Serialization;
using FunderPortal.Common;

namespace FunderPortal.Funders;

[JsonDerivedType(typeof(FunderVerified), "FunderVerified")]
[JsonDerivedType(typeof(FunderVerificationWithdrawn), "FunderVerificationWithdrawn")]
public abstract partial record FunderEvent;

/// <summary>A platform admin verified the funder.</summary>
public sealed record FunderVerified(string VerifiedBy, DateTimeOffset VerifiedAt, string? Note) : FunderEvent, IOrganisationVerified;

/// <summary>A platform admin withdrew the funder's verification, e.g. given in error.</summary>
public sealed record FunderVerificationWithdrawn(string WithdrawnBy) : FunderEvent, IVerificationWithdrawn;
