using FunderPortal.Common;
using FunderPortal.Funders;

namespace FunderPortal.Charities;

public sealed partial class CharityGrain
{
    public async Task<Share> ShareAsync(string funderOrgId, IReadOnlyList<ShareScope> scope, DateTimeOffset? expiresAt, string subject)
    {
        RequireEditor(subject);
        // Within an idempotent request the share's id comes from the request: a retry finds what the first attempt made.
        var id = Ids.NewFor("share");
        if (State.FindShare(id) is { } earlier)
            return earlier;
        var events = CharityDecisions.Share(State, id, funderOrgId, scope, expiresAt, Clock.UtcNow);
        // Never share with an org-id nobody holds yet: whoever registered it later would read the charity.
        if (!await GrainFactory.GetGrain<IFunderGrain>(funderOrgId).IsRegisteredAsync())
            throw DomainValidationException.For("funderOrgId", "No funder with this org-id is on the portal yet.");
        await AppendAsync(events, subject);
        return State.FindShare(id)!;
    }

    public async Task RevokeShareAsync(string shareId, string subject)
    {
        RequireEditor(subject);
        await AppendAsync(CharityDecisions.RevokeShare(State, shareId), subject); // the pipeline tells the funder to drop the charity
    }

    public async Task<YourCharityAccess> GetYourAccessAsync(string subject)
    {
        var role = State.RoleOf(subject);
        var now = Clock.UtcNow;
        List<Share> theirs = [];
        if (role is null)
        {
            // The same shares and the same question to each funder as the read gate (ReaderAsync) asks.
            foreach (var funder in CharityAccess.SharesCovering(State, null, now).GroupBy(s => s.FunderOrgId))
            {
                if (await FunderRoleAsync(funder.Key, subject) is not null)
                    theirs.AddRange(funder);
            }
        }
        return CharityAccess.AccessOf(role, theirs, now) ?? throw CharityAccess.NotFound();
    }

    public Task<IReadOnlyList<Share>> GetSharesAsync(string subject)
    {
        RequireMember(subject);
        IReadOnlyList<Share> shares = [.. State.Shares.OrderByDescending(s => s.SharedAt)];
        return Task.FromResult(shares);
    }

    public async Task<IReadOnlyList<AccessLogEntry>> GetAccessLogAsync(string shareId, string subject)
    {
        RequireMember(subject);
        var share = State.FindShare(shareId) ?? throw new NotFoundException($"No share '{shareId}' in this charity.");
        return [.. (await AccessLog.ReadAllAsync<FunderReadLogged>())
            .Where(e => e.Read.ShareId == share.Id)
            .Select(e => new AccessLogEntry(e.Read.FunderOrgId, e.Read.Subject, e.Read.What, e.At))];
    }

    public async Task<IReadOnlyList<AuditEntry>> GetAuditAsync(int limit, string subject)
    {
        RequireMember(subject);
        // Both streams are read from their ends: the newest entries never cost a walk through the whole history.
        var changes = await History.ReadAsync(Math.Max(0, State.Version - limit), limit);
        var reads = await AccessLog.ReadNewestAsync<AccessLogEvent>(limit);
        return [.. changes.Select(e => new AuditEntry(e.RecordedAt, e.Actor, AuditAction.Changed, e.Type, e.Version, null))
            .Concat(reads.Select(e => e.Read switch
            {
                FunderReadLogged r => new AuditEntry(e.At, r.Subject, AuditAction.Read, r.What, null, r.FunderOrgId),
                PanelReadLogged r => new AuditEntry(e.At, r.Subject, AuditAction.Read, r.What, null, r.FunderOrgId, r.RoundId),
                _ => null,
            }).OfType<AuditEntry>())
            .OrderByDescending(e => e.At)
            .ThenByDescending(e => e.Version)
            .Take(limit)];
    }
}
