namespace FunderPortal.Common;

/// <summary>
/// The membership rules charities and funders share: who may be named, a role granted twice changes nothing, and an
/// organisation never loses its last editor. Each returns whether anything is to be recorded.
/// </summary>
public static class Memberships
{
    /// <returns>False when the subject already has that role (nothing to record).</returns>
    public static bool MayGrant(IReadOnlyDictionary<string, MemberRole> members, string subject, MemberRole role, string organisation)
    {
        var errors = new ErrorBag();
        errors.RequireText("subject", subject, Limits.Subject);
        errors.Defined("role", (MemberRole?)role);
        errors.ThrowIfAny();
        if (members.TryGetValue(subject, out var existing) && existing == role)
            return false;
        if (role != MemberRole.Editor && IsLastEditor(members, subject))
            throw LastEditor(organisation);
        return true;
    }

    public static void MayRemove(IReadOnlyDictionary<string, MemberRole> members, string subject, string organisation)
    {
        if (!members.ContainsKey(subject))
            throw new NotFoundException($"'{subject}' is not a member of this {organisation}.");
        if (IsLastEditor(members, subject))
            throw LastEditor(organisation);
    }

    private static bool IsLastEditor(IReadOnlyDictionary<string, MemberRole> members, string subject) =>
        members.GetValueOrDefault(subject) == MemberRole.Editor && members.Count(m => m.Value == MemberRole.Editor) == 1;

    private static ConflictException LastEditor(string organisation) =>
        new($"A {organisation} needs at least one editor: add another editor first.");
}
