using FunderPortal.Charities;
using FunderPortal.Common;

namespace FunderPortal.Funders;

public sealed partial class FunderGrain
{
    public Task UpsertPortfolioEntryAsync(PortfolioEntry entry)
    {
        RequireRegistered();
        return AppendPushAsync(PortfolioDecisions.Upsert(PortfolioStream.State, entry), entry.CharityOrgId);
    }

    public Task RemovePortfolioEntryAsync(string charityOrgId, long version)
    {
        RequireRegistered();
        return AppendPushAsync(PortfolioDecisions.Remove(PortfolioStream.State, charityOrgId, version), charityOrgId);
    }

    public async Task<IReadOnlyList<PortfolioEntry>> GetPortfolioAsync(PortfolioQuery query, string subject)
    {
        RequireMember(subject);
        var entries = Portfolio.Select(PortfolioStream.State.Entries.Values, query, Clock.UtcNow); // a refused query is not a read
        await LogReadAsync(subject, "portfolio");
        return entries;
    }

    public async Task<PortfolioPage> GetPortfolioPageAsync(PortfolioQuery query, long? after, int? limit, string subject)
    {
        RequireMember(subject);
        var page = Portfolio.Page(Portfolio.Select(PortfolioStream.State.Entries.Values, query, Clock.UtcNow), after, limit); // a refused query is not a read
        await LogReadAsync(subject, "portfolio");
        return page;
    }

    public async Task<IReadOnlyList<PortfolioEntry>> GetConnectionsAsync(BarrierKind barrier, string subject)
    {
        RequireMember(subject);
        var entries = Portfolio.FacingBarrier(PortfolioStream.State.Entries.Values, barrier, Clock.UtcNow);
        await LogReadAsync(subject, $"connect?barrier={barrier}");
        return entries;
    }

    public async Task<IReadOnlyList<AccessLogEntry>> GetAccessLogAsync(string subject)
    {
        RequireMember(subject);
        return [.. (await AccessLog.ReadAllAsync<PortfolioReadLogged>()).Select(e => new AccessLogEntry(OrgId, e.Read.Subject, e.Read.What, e.At))];
    }
}
