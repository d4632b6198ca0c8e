namespace FunderPortal.Api.Tests.Authorisation;

/// <summary>The expected status of every operation for every kind of caller: the one table to read and to extend.</summary>
public static class AuthorisationMatrix
{
    // Columns, in order:
    //  1 anonymous             no token at all
    //  2 nonMember             signed in, member of nothing
    //  3 charityViewer         a viewer of the world's charity
    //  4 otherCharityEditor    an editor of another charity
    //  5 funderNoShare         an editor of a funder the charity does not share with
    //  6 expiredShare          an editor of a funder whose share has expired
    //  7 revokedShare          an editor of a funder whose share was revoked
    //  8 sharedFunder          an editor of the funder with a live share (Journey, Resourcing, Evidence) and the round
    //  9 otherRoundPanellist   a panellist (panel-only token) of another funder's round
    // 10 conflictedPanellist   a panellist (panel-only token) of the round, conflicted on its application
    // 11 participantUsedTwice  a participant presenting an attestation link they already used
    // 12 platformAdmin         a subject listed in Portal__Admins, member of nothing
    public static readonly IReadOnlyDictionary<string, string> Expected = new Dictionary<string, string>(StringComparer.Ordinal)
    {
    };
}
