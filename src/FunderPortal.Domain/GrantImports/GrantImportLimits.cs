namespace FunderPortal.GrantImports;

/// <summary>Published limits of imports; the API contract states the same numbers.</summary>
public static class GrantImportLimits
{
    /// <summary>Grants in one file (a funder keeps at most <see cref="Funders.FunderLimits.MaxGrants"/> in all).</summary>
    public const int MaxRows = 20_000;

    /// <summary>
    /// Rows handed to the funder grain in one call: the funder answers other requests between batches, never waiting
    /// for a whole file.
    /// </summary>
    public const int BatchSize = 250;

    /// <summary>Problems an import keeps; past it, one more says how many more there were.</summary>
    public const int MaxProblems = 2_000;

    /// <summary>Longest 360Giving identifier taken (the standard sets none; real ones are far shorter).</summary>
    public const int MaxIdentifier = 200;

    /// <summary>Longest recipient org identifier taken: 360Giving's own (360G-…) as well as the portal's org-ids.</summary>
    public const int MaxRecipientId = 100;
}
