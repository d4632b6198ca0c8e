namespace FunderPortal.Funders;

/// <summary>What a grant pays for.</summary>
public enum GrantType
{
    /// <summary>The charity decides how to spend it.</summary>
    Unrestricted,
    /// <summary>Running costs: staff, premises, the organisation itself.</summary>
    Core,
    /// <summary>A defined piece of work.</summary>
    Project,
    /// <summary>Funding the journey: meant for charities still low on the ladder, not a reward for arrival.</summary>
    Development,
}
