using FunderPortal.Common;

namespace FunderPortal.Charities;

/// <summary>What a page of this charity depends on, so a page kept or held by the browser can be answered without being made again.</summary>
public partial interface ICharityGrain
{
    /// <summary>
    /// Everything of the charity a page shows this person depends on (its version, what they may read, their unread inbox
    /// items), in one call. It reads nothing of the charity for them, so it is not logged; anyone who may read nothing
    /// here is told the charity is not found.
    /// </summary>
    [Alias("GetPageStamp")]
    Task<CharityPageStamp> GetPageStampAsync(string subject);

    /// <summary>
    /// A funder's member read a page of <paramref name="scope"/> without it being made again (their browser's copy was
    /// current, or the portal's was): logged as <paramref name="what"/>, like every read through a share. Refused like
    /// the read itself.
    /// </summary>
    [Alias("LogPageRead")]
    Task LogPageReadAsync(ShareScope scope, string what, string subject);
}

/// <summary>What of a charity a page shows one person depends on: nothing else of the charity changes what they see.</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.CharityPageStamp")]
public sealed record CharityPageStamp(
    [property: Id(0)] long Version,
    [property: Id(1)] YourCharityAccess Access,
    [property: Id(2)] int InboxUnread);
