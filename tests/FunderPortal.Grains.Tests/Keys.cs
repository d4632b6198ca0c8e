namespace FunderPortal.Grains.Tests;

/// <summary>Fresh org-ids so tests sharing one silo never meet.</summary>
public static class Keys
{
    private static int _next = 1_000_000;

    public static string NewOrgId() => $"GB-CHC-{Interlocked.Increment(ref _next)}";
}
