namespace FunderPortal.Common;

/// <summary>Who the charity means an item for; sensitivity and consent can still keep it back.</summary>
public enum Visibility
{
    Private,
    SharedWithFunders,
    Public,
}
