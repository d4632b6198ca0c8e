using FunderPortal.Common;
using FunderPortal.Rounds;

namespace FunderPortal.Funders;

/// <summary>A funder as the fold of its events (the portfolio is folded apart, in <see cref="PortfolioState"/>).</summary>
public sealed class FunderState : IAggregateState<FunderEvent>
{
    /// <summary>Bump when the shape changes in a way old snapshots cannot be read as: they are then ignored.</summary>
    public const int SnapshotSchema = 1;

    public long Version { get; set; }
    public DateTimeOffset? LastRecordedAt { get; set; }
    public DateTimeOffset? RegisteredAt { get; set; }
    public string OrgId { get; set; } = "";
    public string Name { get; set; } = "";
    public FunderType? FunderType { get; set; }
    public string? GrantIdPrefix { get; set; }
    public Dictionary<string, MemberRole> Members { get; set; } = new(StringComparer.Ordinal);
    public List<Programme> Programmes { get; set; } = [];
    public List<Grant> Grants { get; set; } = [];
    public List<FeedbackItem> Feedback { get; set; } = [];
    public List<RoundListing> Rounds { get; set; } = [];
    /// <summary>Grants recorded on another grain's behalf (a round's decision), by that source: what makes its retries idempotent.</summary>
    public Dictionary<string, string> GrantIdsBySource { get; set; } = new(StringComparer.Ordinal);
    /// <summary>Null while no platform admin has verified the funder (or after it was withdrawn).</summary>
    public Verification? Verification { get; set; }

    public bool IsRegistered => RegisteredAt is not null;

    public Programme? FindProgramme(string id) => Programmes.Find(p => p.Id == id);

    public Grant? FindGrant(string id) => Grants.Find(g => g.Id == id);

    public FeedbackItem? FindFeedback(string id) => Feedback.Find(f => f.Id == id);

    public void Apply(FunderEvent change, DateTimeOffset recordedAt)
    {
        switch (change)
        {
            case FunderRegistered e:
                RegisteredAt = recordedAt;
                OrgId = e.OrgId;
                Name = e.Name;
                FunderType = e.FunderType;
                GrantIdPrefix = e.GrantIdPrefix;
                break;
            case FunderProfileChanged e:
                Name = e.Name ?? Name;
                FunderType = e.FunderType ?? FunderType;
                GrantIdPrefix = Text.Changed(GrantIdPrefix, e.GrantIdPrefix);
                break;
            case FunderMemberRoleGranted e:
                Members[e.Subject] = e.Role;
                break;
            case FunderMemberRemoved e:
                Members.Remove(e.Subject);
                break;
            case ProgrammeAdded e:
                Programmes.Add(new Programme(e.ProgrammeId, e.Title, e.Description));
                break;
            case ProgrammeChanged e:
                var index = Programmes.FindIndex(p => p.Id == e.ProgrammeId);
                if (index >= 0)
                    Programmes[index] = new Programme(e.ProgrammeId, e.Title, e.Description);
                break;
            case GrantRecorded e:
                Grants.Add(new Grant(e.GrantId, e.CharityOrgId, e.CharityName, e.Title, e.Description, e.AmountPence,
                    e.AwardDate, e.PlannedStart, e.PlannedEnd, e.Type, e.ProgrammeId, [.. e.PlanLineIds], [.. e.WorkstreamIds],
                    recordedAt));
                if (e.Source is not null)
                    GrantIdsBySource[e.Source] = e.GrantId;
                break;
            case RoundListed e:
                Rounds.Add(new RoundListing(e.RoundId, e.Title, recordedAt));
                break;
            case FunderVerified e:
                Verification = new Verification(e.VerifiedBy, e.VerifiedAt, e.Note);
                break;
            case FunderVerificationWithdrawn:
                Verification = null;
                break;
            case FeedbackGiven e:
                Feedback.Add(new FeedbackItem(e.FeedbackId, e.CharityOrgId, e.Kind, e.Text, recordedAt, e.GivenBy));
                break;
        }
        Version++;
        LastRecordedAt = recordedAt;
    }
}
