using FunderPortal.Common;

namespace FunderPortal.Charities;

/// <summary>Who is reading: one of the charity's members, or a member of a funder it shares with.</summary>
public sealed record CharityReader(MemberRole? Role, Share? Share)
{
    public bool IsFunder => Share is not null;

    public static CharityReader Member(MemberRole role) => new(role, null);

    public static CharityReader Funder(Share share) => new(null, share);
}
