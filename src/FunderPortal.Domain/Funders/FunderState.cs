using FunderPortal.Common;

namespace FunderPortal.Funders;

/// <summary>
/// A funder as the fold of its events (the portfolio is folded apart, in <see cref="PortfolioState"/>). Members and
/// verification are folded as every organisation's are (<see cref="OrganisationState{TEvent}"/>); each feature folds its
/// own events in a file of its own (FunderState.&lt;Feature&gt;.cs). Snapshotted as JSON, so keep it plain.
/// </summary>
public sealed partial class FunderState : OrganisationState<FunderEvent>
{
    /// <summary>Bump when the shape changes in a way old snapshots cannot be read as: they are then ignored.</summary>
    public const int SnapshotSchema = 1;

    protected override void ApplyOwn(FunderEvent change, DateTimeOffset recordedAt)
    {
        ApplyProfile(change, recordedAt);
        ApplyProgrammes(change);
        ApplyGrants(change, recordedAt);
        ApplyFeedback(change, recordedAt);
        ApplyRounds(change, recordedAt);
        ApplyPledges(change, recordedAt);
        ApplyReports(change, recordedAt);
        ApplyImports(change, recordedAt);
    }

    partial void ApplyProfile(FunderEvent change, DateTimeOffset recordedAt);

    partial void ApplyProgrammes(FunderEvent change);

    partial void ApplyGrants(FunderEvent change, DateTimeOffset recordedAt);

    partial void ApplyFeedback(FunderEvent change, DateTimeOffset recordedAt);

    partial void ApplyRounds(FunderEvent change, DateTimeOffset recordedAt);

    partial void ApplyPledges(FunderEvent change, DateTimeOffset recordedAt);

    partial void ApplyReports(FunderEvent change, DateTimeOffset recordedAt);

    partial void ApplyImports(FunderEvent change, DateTimeOffset recordedAt);
}
