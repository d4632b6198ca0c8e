namespace FunderPortal.Common;

/// <summary>A platform admin's word that an organisation is who it says it is: who gave it, when, and why.</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.Verification")]
public sealed record Verification(
    [property: Id(0)] string VerifiedBy,
    [property: Id(1)] DateTimeOffset VerifiedAt,
    [property: Id(2)] string? Note);

/// <summary>An organisation's verification as a platform admin sees it after verifying or withdrawing.</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.OrganisationVerification")]
public sealed record OrganisationVerification(
    [property: Id(0)] string OrgId,
    [property: Id(1)] string Name,
    [property: Id(2)] Verification? Verification);
