using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using FunderPortal.Common;

namespace FunderPortal.Api.Admin;

// The HTTP side of organisation verification: what an admin sends, and what profiles and the admin routes answer.

/// <summary>An optional note on how the organisation was checked (e.g. "Found on the Charity Commission register").</summary>
public sealed record VerifyOrganisationRequest(
    [property: MaxLength(Limits.ShortText), Description("How the organisation was checked, for the record.")] string? Note = null);

/// <summary>Which platform admin verified the organisation, and when.</summary>
public sealed record VerificationResponse(string VerifiedBy, DateTimeOffset VerifiedAt, string? Note);

/// <summary>An organisation's verification after an admin's change; <c>verification</c> is null when unverified.</summary>
public sealed record OrganisationVerificationResponse(string OrgId, string Name, bool Verified, VerificationResponse? Verification);

public static class VerificationMappings
{
    public static VerificationResponse? ToResponse(this Verification? v) =>
        v is null ? null : new VerificationResponse(v.VerifiedBy, v.VerifiedAt, v.Note);

    public static OrganisationVerificationResponse ToResponse(this OrganisationVerification o) =>
        new(o.OrgId, o.Name, o.Verification is not null, o.Verification.ToResponse());
}
