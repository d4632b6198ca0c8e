using FunderPortal.Rounds;

namespace FunderPortal.Common;

/// <summary>
/// The platform admins named by the host's <c>Portal:Admins</c> setting (subjects separated by commas). Read by the admin
/// routes and again by the grains themselves, so a grain call carrying any other subject is refused wherever it came from.
/// </summary>
public sealed class PlatformAdminList(string? setting)
{
    private readonly HashSet<string> _subjects = (setting ?? "")
        .Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>A panellist's subject never counts, whatever the list says.</summary>
    public bool Contains(string? subject) =>
        subject is not null && !PanelSubjects.IsPanelSubject(subject) && _subjects.Contains(subject);

    /// <summary>Refuses (403) anyone who is not a platform admin.</summary>
    public void Demand(string? subject)
    {
        if (!Contains(subject))
            throw new ForbiddenException("Only a platform admin may do this.");
    }
}
