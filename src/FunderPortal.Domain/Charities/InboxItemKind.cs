namespace FunderPortal.Charities;

/// <summary>What a funder did towards a charity, as its inbox names it (the API's enum names).</summary>
public enum InboxItemKind
{
    FeedbackGiven,
    SupportOffered,
    PledgeOffered,
    PledgeWithdrawn,
    GrantRecorded,
    ReportAcknowledged,
    /// <summary>A draft application the charity never sent was set aside when the round's scoring started.</summary>
    ApplicationDiscarded,
}
