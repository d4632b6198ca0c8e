using FunderPortal.Common;

namespace FunderPortal.Funders;

public static partial class FunderDecisions
{
    /// <summary>
    /// A note that the funder has read a grant's report: the grant must be the funder's (404), the note said in words (400).
    /// Acknowledging again is allowed (a later period, a second reader), up to a limit per grant (409).
    /// </summary>
    public static IReadOnlyList<FunderEvent> AcknowledgeReport(FunderState state, string newId, string grantId, string? note, string subject)
    {
        if (state.FindGrant(grantId) is null)
            throw new NotFoundException($"No grant '{grantId}' at this funder.");
        var errors = new ErrorBag();
        errors.RequireText("note", note, Limits.ShortText);
        errors.ThrowIfAny();

        if (state.AcknowledgementsOf(grantId).Count >= FunderLimits.MaxAcknowledgementsPerGrant)
            throw new ConflictException($"A grant's report can be acknowledged at most {FunderLimits.MaxAcknowledgementsPerGrant} times.");
        if (state.FindAcknowledgement(newId) is not null)
            throw new ConflictException("An acknowledgement with that id already exists.");
        return [new GrantReportAcknowledged(newId, grantId, note!.Trim(), subject)];
    }
}
