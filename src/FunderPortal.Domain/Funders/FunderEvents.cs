using FunderPortal.Common;

namespace FunderPortal.Funders;

// A funder's history. Each event is stored as JSON under the type name given in its [JsonDerivedType]:
// these names and their fields are a storage format, so rename nothing; add new events or optional fields
// instead. Each feature lists its own events in a file of its own (FunderEvents.<Feature>.cs). The portfolio has a
// stream of its own (PortfolioEvent), so pushes from charities never crowd this history or move the profile's version.

/// <summary>One change in a funder's history. Names the events every organisation records (members, verification).</summary>
public abstract partial record FunderEvent : IOrganisationHistory<FunderEvent>
{
    public static string Organisation => "funder";

    static FunderEvent IOrganisationHistory<FunderEvent>.MemberRoleGranted(string subject, MemberRole role) => new FunderMemberRoleGranted(subject, role);

    static FunderEvent IOrganisationHistory<FunderEvent>.MemberRemoved(string subject) => new FunderMemberRemoved(subject);

    static FunderEvent IOrganisationHistory<FunderEvent>.Verified(Verification verification) =>
        new FunderVerified(verification.VerifiedBy, verification.VerifiedAt, verification.Note);

    static FunderEvent IOrganisationHistory<FunderEvent>.VerificationWithdrawn(string admin) => new FunderVerificationWithdrawn(admin);
}
