using FunderPortal.Common;

namespace FunderPortal.Charities;

public sealed partial class CharityGrain
{
    public async Task<CharityPageStamp> GetPageStampAsync(string subject)
    {
        var access = await GetYourAccessAsync(subject);
        var unread = access.IsMember ? InboxRules.UnreadCount(State, (await InboxReadsAsync()).State, subject) : 0;
        return new CharityPageStamp(State.Version, access, unread);
    }

    public Task LogPageReadAsync(ShareScope scope, string what, string subject) => ReaderAsync(subject, scope, what);
}
