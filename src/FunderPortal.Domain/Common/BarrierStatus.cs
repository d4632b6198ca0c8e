namespace FunderPortal.Common;

public enum BarrierStatus
{
    Open,
    Mitigating,
    Overcome,
}
