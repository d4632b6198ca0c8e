namespace FunderPortal.EventStore;

/// <summary>Stream ids name the aggregate kind, so one table holds every kind without clashes.</summary>
public static class StreamIds
{
    public static string Charity(string orgId) => $"charity/{orgId}";

    /// <summary>Reads of a charity by funders' members, kept apart from the charity's own history.</summary>
    public static string CharityAccess(string orgId) => $"charity-access/{orgId}";

    /// <summary>Portfolio reads by a funder's members, one entry per read.</summary>
    public static string FunderAccess(string orgId) => $"funder-access/{orgId}";

    /// <summary>Which inbox items each of a charity's members has read: each member's own, kept apart from the charity's history.</summary>
    public static string CharityInboxReads(string orgId) => $"charity-inbox-reads/{orgId}";

    public static string Funder(string orgId) => $"funder/{orgId}";

    /// <summary>The summaries charities push to a funder, apart from its own history.</summary>
    public static string FunderPortfolio(string orgId) => $"funder-portfolio/{orgId}";

    public static string Round(string roundId) => $"round/{roundId}";

    /// <summary>One import of a 360Giving file into a funder's grants, keyed <c>{funderOrgId}/{importId}</c>.</summary>
    public static string GrantImport(string key) => $"grant-import/{key}";

    /// <summary>The public index of published rounds (one stream for the whole portal).</summary>
    public static string PublicRounds(string key) => $"public-rounds/{key}";

    public static string Idempotency(string key) => $"idempotency/{key}";

    /// <summary>The index of one signed-in person's charities, funders and rounds.</summary>
    public static string Person(string subject) => $"person/{subject}";

    /// <summary>One person's notification centre.</summary>
    public static string Notifications(string subject) => $"notifications/{subject}";

    /// <summary>How far the notices of the grain whose history is <paramref name="ownerStreamId"/> are delivered.</summary>
    public static string Outbox(string ownerStreamId) => $"outbox/{ownerStreamId}";

    /// <summary>The platform's mail that keeps failing, for platform admins.</summary>
    public const string MailFailures = "mail-failures";
}
