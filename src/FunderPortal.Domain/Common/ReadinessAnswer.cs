namespace FunderPortal.Common;

public enum ReadinessAnswer
{
    Yes,
    Partly,
    No,
}
