namespace FunderPortal.Rounds;

/// <summary>A panellist's declaration of interest in one application.</summary>
public enum ConflictDeclaration
{
    /// <summary>No conflict of interest.</summary>
    None,
    /// <summary>A conflict, described in words: the panellist neither scores the application nor sees its scores or discussion.</summary>
    Declared,
}
