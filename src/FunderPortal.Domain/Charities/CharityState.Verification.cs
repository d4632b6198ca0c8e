using FunderPortal.Common;

namespace FunderPortal.Charities;

public sealed partial class CharityState
{
    /// <summary>Null while no platform admin has verified the charity (or after it was withdrawn).</summary>
    public Verification? Verification { get; set; }

    partial void ApplyVerification(CharityEvent change)
    {
        switch (change)
        {
            case OrganisationVerified e:
                Verification = new Verification(e.VerifiedBy, e.VerifiedAt, e.Note);
                break;
            case VerificationWithdrawn:
                Verification = null;
                break;
        }
    }
}
