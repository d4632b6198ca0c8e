namespace FunderPortal.Notifications;

/// <summary>What a person is told of (the API's enum names, and the keys of a person's delivery preferences).</summary>
public enum NotificationKind
{
    CheckInDue,
    CheckInOverdue,
    ReportDue,
    AttestationAnswered,
    AttestationLinkExpiring,
    PledgeOffered,
    PledgeWithdrawn,
    PledgeAnswered,
    FeedbackGiven,
    SupportOffered,
    FeedbackReplied,
    GrantRecorded,
    ReportAcknowledged,
    ShareGranted,
    ShareExpiring,
    ShareExpired,
    Invited,
    RoundPhaseChanged,
    ScoringDeadline,
    DecisionMade,
    ApplicationDiscarded,
    MemberJoined,
}
