using FunderPortal.Common;

namespace FunderPortal.Funders;

public sealed partial class FunderState
{
    public FunderType? FunderType { get; set; }
    public string? GrantIdPrefix { get; set; }

    partial void ApplyProfile(FunderEvent change, DateTimeOffset recordedAt)
    {
        switch (change)
        {
            case FunderRegistered e:
                Registered(e.OrgId, e.Name, recordedAt);
                FunderType = e.FunderType;
                GrantIdPrefix = e.GrantIdPrefix;
                break;
            case FunderProfileChanged e:
                Name = e.Name ?? Name;
                FunderType = e.FunderType ?? FunderType;
                GrantIdPrefix = Text.Changed(GrantIdPrefix, e.GrantIdPrefix);
                break;
        }
    }
}
