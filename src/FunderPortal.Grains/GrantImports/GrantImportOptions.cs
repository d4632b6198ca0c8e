namespace FunderPortal.GrantImports;

/// <summary>How an import carries on after a step failed (storage down, the funder's answer lost).</summary>
public sealed class GrantImportOptions
{
    /// <summary>How long an import waits before it tries again from its last recorded batch.</summary>
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromSeconds(15);
}
