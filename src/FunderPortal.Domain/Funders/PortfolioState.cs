using FunderPortal.Common;

namespace FunderPortal.Funders;

/// <summary>The newest summary of every charity sharing with the funder, and the versions at which shares ended.</summary>
public sealed class PortfolioState : IAggregateState<PortfolioEvent>
{
    /// <summary>Bump when the shape changes in a way old snapshots cannot be read as: they are then ignored.</summary>
    public const int SnapshotSchema = 1;

    public long Version { get; set; }
    public DateTimeOffset? LastRecordedAt { get; set; }
    public Dictionary<string, PortfolioEntry> Entries { get; set; } = new(StringComparer.Ordinal);
    /// <summary>Charity org-id → the charity version at which it stopped sharing.</summary>
    public Dictionary<string, long> RemovedAt { get; set; } = new(StringComparer.Ordinal);
    /// <summary>Charity org-id → the area codes it last gave (<see cref="RecipientAreasNoted"/>), whether or not it shares.</summary>
    public Dictionary<string, RecipientAreasNoted> RecipientAreas { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The newest charity version this portfolio has heard of for that charity (0 = none).</summary>
    public long KnownVersion(string charityOrgId) => Math.Max(
        Entries.TryGetValue(charityOrgId, out var entry) ? entry.Version : 0,
        RemovedAt.GetValueOrDefault(charityOrgId));

    public void Apply(PortfolioEvent change, DateTimeOffset recordedAt)
    {
        switch (change)
        {
            case PortfolioEntryUpserted e:
                Entries[e.Entry.CharityOrgId] = e.Entry;
                RemovedAt.Remove(e.Entry.CharityOrgId);
                break;
            case PortfolioEntryRemoved e:
                Entries.Remove(e.CharityOrgId);
                RemovedAt[e.CharityOrgId] = e.Version;
                break;
            case RecipientAreasNoted e:
                RecipientAreas[e.CharityOrgId] = e;
                break;
        }
        Version++;
        LastRecordedAt = recordedAt;
    }
}
