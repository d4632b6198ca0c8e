namespace FunderPortal.Common;

/// <summary>
/// The part of a charity's or a funder's state that every organisation holds and folds alike: who it is, who its members
/// are, whether a platform admin verified it. Each adds its own parts (<see cref="ApplyOwn"/>). Snapshotted as JSON with
/// them, property by property, so keep it plain.
/// </summary>
public abstract class OrganisationState<TEvent> : IAggregateState<TEvent>
    where TEvent : class, IOrganisationHistory<TEvent>
{
    public long Version { get; set; }
    public DateTimeOffset? LastRecordedAt { get; set; }
    public DateTimeOffset? RegisteredAt { get; set; }
    public string OrgId { get; set; } = "";
    public string Name { get; set; } = "";
    public Dictionary<string, MemberRole> Members { get; set; } = new(StringComparer.Ordinal);
    /// <summary>Null while no platform admin has verified the organisation (or after it was withdrawn).</summary>
    public Verification? Verification { get; set; }

    public bool IsRegistered => RegisteredAt is not null;

    /// <summary>The subject's role; null for anyone else, and for everyone before the organisation is registered.</summary>
    public MemberRole? RoleOf(string subject) => IsRegistered && Members.TryGetValue(subject, out var role) ? role : null;

    public void Apply(TEvent change, DateTimeOffset recordedAt)
    {
        switch (change)
        {
            case IMemberRoleGranted e:
                Members[e.Subject] = e.Role;
                break;
            case IMemberRemoved e:
                Members.Remove(e.Subject);
                break;
            case IOrganisationVerified e:
                Verification = new Verification(e.VerifiedBy, e.VerifiedAt, e.Note);
                break;
            case IVerificationWithdrawn:
                Verification = null;
                break;
            default:
                ApplyOwn(change, recordedAt);
                break;
        }
        Version++;
        LastRecordedAt = recordedAt;
    }

    /// <summary>Folds the organisation's own events: its registration and profile, and all it keeps besides.</summary>
    protected abstract void ApplyOwn(TEvent change, DateTimeOffset recordedAt);

    /// <summary>What every registration records.</summary>
    protected void Registered(string orgId, string name, DateTimeOffset recordedAt)
    {
        RegisteredAt = recordedAt;
        OrgId = orgId;
        Name = name;
    }
}
