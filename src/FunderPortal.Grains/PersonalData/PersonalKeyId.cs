namespace FunderPortal.PersonalData;

/// <summary>
/// Which key seals a piece of personal data: whose it is, what for, and which period (a month, <c>yyyy-MM</c>, for data
/// with a retention period; <see cref="NoPeriod"/> for data kept until the person is erased). Written
/// <c>{person}|{purpose}|{period}</c>, e.g. <c>participant/GB-CHC-1/p-1|attestation-comments|2026-11</c>.
/// </summary>
public sealed record PersonalKeyId(string Person, string Purpose, string Period)
{
    public const string NoPeriod = "-";

    public override string ToString() => $"{Person}|{Purpose}|{Period}";

    /// <summary>Purpose and period never hold '|', so the last two separate them even when a person id does.</summary>
    public static PersonalKeyId? TryParse(string value)
    {
        var last = value.LastIndexOf('|');
        var middle = last > 0 ? value.LastIndexOf('|', last - 1) : -1;
        if (middle <= 0 || last == value.Length - 1 || last - middle < 2)
            return null;
        return new PersonalKeyId(value[..middle], value[(middle + 1)..last], value[(last + 1)..]);
    }
}

/// <summary>What personal data is for; each purpose has its own retention setting.</summary>
public static class PersonalPurposes
{
    /// <summary>A participant's comment on evidence and the charity's reply to it, and a participant's own words on a check-in.</summary>
    public const string AttestationComments = "attestation-comments";

    /// <summary>What a panellist or funder wrote in a round: score comments, conflict details, discussion notes.</summary>
    public const string PanelComments = "panel-comments";

    /// <summary>A panellist's meeting times and non-cash preference: kept until the person is erased.</summary>
    public const string Profile = "profile";

    /// <summary>An email address a link was sent to (a participant's, a panellist's): kept until the person is erased.</summary>
    public const string Contact = "contact";
}

/// <summary>
/// The people whose data is sealed. Users by their sign-in subject; participants by charity and the handle the charity
/// gave them; panellists who joined by link without signing in by round and panellist id.
/// </summary>
public static class PersonIds
{
    public const string UserPrefix = "user/";
    public const string ParticipantPrefix = "participant/";
    public const string PanellistPrefix = "panellist/";

    public static string User(string subject) => $"{UserPrefix}{subject}";

    public static string Participant(string orgId, string participant) => $"{ParticipantPrefix}{orgId}/{participant}";

    public static string Panellist(string roundId, string panellistId) => $"{PanellistPrefix}{roundId}/{panellistId}";

    /// <summary>Someone invited to a panel by email, until they join: their address is theirs.</summary>
    public static string PanelInvitee(string roundId, string invitationId) => $"{PanellistPrefix}{roundId}/invitation-{invitationId}";
}
