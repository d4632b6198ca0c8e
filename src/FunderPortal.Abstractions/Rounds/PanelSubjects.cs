namespace FunderPortal.Rounds;

/// <summary>
/// The subject a panellist-only token authenticates as: "panel:{roundId}:{panellistId}". Only the panel token
/// handler produces it; the API refuses it from any other kind of token, so nobody can claim to be a panellist.
/// </summary>
public static class PanelSubjects
{
    public const string Prefix = "panel:";

    public static string For(string roundId, string panellistId) => $"{Prefix}{roundId}:{panellistId}";

    public static bool IsPanelSubject(string subject) => subject.StartsWith(Prefix, StringComparison.Ordinal);

    public static bool TryParse(string subject, out string roundId, out string panellistId)
    {
        roundId = panellistId = "";
        if (!IsPanelSubject(subject))
            return false;
        var parts = subject[Prefix.Length..].Split(':');
        if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
            return false;
        (roundId, panellistId) = (parts[0], parts[1]);
        return true;
    }
}
