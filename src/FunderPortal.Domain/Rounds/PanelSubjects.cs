using FunderPortal.Common;

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

    /// <summary>
    /// Refuses a panellist-only identity where an account is needed (founding or joining an organisation): the token
    /// ends with its round, and whatever it founded or joined would be left to an identity nobody can sign in as.
    /// </summary>
    public static void RequireAccount(string subject)
    {
        if (IsPanelSubject(subject))
            throw new ForbiddenException("A panellist-only token opens only its round's panel: sign in with an account to do this.");
    }

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
