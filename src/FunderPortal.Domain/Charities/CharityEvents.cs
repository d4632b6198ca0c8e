using FunderPortal.Common;

namespace FunderPortal.Charities;

// A charity's history. Each event is stored as JSON under the type name given in its [JsonDerivedType]:
// these names and their fields are a storage format, so rename nothing; add new events or optional fields
// instead. The base record is partial: each feature lists its own events in a file of its own
// (CharityEvents.<Feature>.cs, the feature's suffix as on ICharityGrain, CharityGrain, CharityDecisions, CharityState).

/// <summary>One change in a charity's history. Names the events every organisation records (members, verification).</summary>
public abstract partial record CharityEvent : IOrganisationHistory<CharityEvent>
{
    public static string Organisation => "charity";

    static CharityEvent IOrganisationHistory<CharityEvent>.MemberRoleGranted(string subject, MemberRole role) => new MemberRoleGranted(subject, role);

    static CharityEvent IOrganisationHistory<CharityEvent>.MemberRemoved(string subject) => new MemberRemoved(subject);

    static CharityEvent IOrganisationHistory<CharityEvent>.Verified(Verification verification) =>
        new OrganisationVerified(verification.VerifiedBy, verification.VerifiedAt, verification.Note);

    static CharityEvent IOrganisationHistory<CharityEvent>.VerificationWithdrawn(string admin) => new VerificationWithdrawn(admin);
}
