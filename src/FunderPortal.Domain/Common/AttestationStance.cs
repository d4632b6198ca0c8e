namespace FunderPortal.Common;

/// <summary>A participant's answer about evidence of work they took part in.</summary>
public enum AttestationStance
{
    Agree,
    AgreeWithComment,
    DisagreeWithComment,
}
