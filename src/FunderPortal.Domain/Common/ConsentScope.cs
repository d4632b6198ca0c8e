namespace FunderPortal.Common;

/// <summary>How far the people in an item agreed it may be shared.</summary>
public enum ConsentScope
{
    SharedWithFunders,
    Public,
}
