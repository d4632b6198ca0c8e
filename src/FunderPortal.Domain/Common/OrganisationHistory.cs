namespace FunderPortal.Common;

/// <summary>
/// How an organisation's own history records what every organisation records alike. A charity and a funder store these
/// under names of their own (a charity's <c>MemberRoleGranted</c> is a funder's <c>FunderMemberRoleGranted</c>): the
/// names are a storage format and stay, while the shared fold (<see cref="OrganisationState{TEvent}"/>) and rules
/// (<see cref="Memberships"/>, <see cref="VerificationRules"/>) see the events through these interfaces.
/// </summary>
public interface IOrganisationHistory<TEvent> where TEvent : class, IOrganisationHistory<TEvent>
{
    /// <summary>What the organisation is called in messages: "charity", "funder".</summary>
    static abstract string Organisation { get; }

    static abstract TEvent MemberRoleGranted(string subject, MemberRole role);

    static abstract TEvent MemberRemoved(string subject);

    static abstract TEvent Verified(Verification verification);

    static abstract TEvent VerificationWithdrawn(string admin);
}

/// <summary>A role given (or changed).</summary>
public interface IMemberRoleGranted
{
    string Subject { get; }

    MemberRole Role { get; }
}

public interface IMemberRemoved
{
    string Subject { get; }
}

/// <summary>A profile change; <see cref="Name"/> is set only when the name changed (people's indexes show it).</summary>
public interface IProfileChanged
{
    string? Name { get; }
}

public interface IOrganisationVerified
{
    string VerifiedBy { get; }

    DateTimeOffset VerifiedAt { get; }

    string? Note { get; }
}

public interface IVerificationWithdrawn
{
    string WithdrawnBy { get; }
}
