namespace FunderPortal.Common;

/// <summary>What the resourcing plan warns about.</summary>
public enum ResourcingWarningKind
{
    /// <summary>Participants take part in a workstream that has no participant payment line: unpaid expertise.</summary>
    ParticipantsUnpaid,
}
