namespace FunderPortal.Common;

/// <summary>A person's role in an organisation: editors change things, viewers only read.</summary>
public enum MemberRole
{
    Viewer,
    Editor,
}
