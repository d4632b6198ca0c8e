namespace FunderPortal.Common;

/// <summary>Ids the portal gives what it records (workstreams, evidence, shares, rounds…): 32 lower-case hex digits.</summary>
public static class Ids
{
    public static string New() => Guid.NewGuid().ToString("n");
}
