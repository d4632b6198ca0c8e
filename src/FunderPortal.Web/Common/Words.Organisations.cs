using FunderPortal.Common;
using FunderPortal.Funders;

namespace FunderPortal.Web.Common;

/// <summary>Words for organisations and the people in them.</summary>
public static partial class Words
{
    public static string Of(FunderType? type) => type switch
    {
        FunderType.Trust => "A charitable trust",
        FunderType.Foundation => "A grant-making foundation",
        FunderType.LocalAuthority => "A council or other local authority",
        FunderType.Lottery => "A lottery distributor",
        FunderType.Corporate => "A company or its foundation",
        FunderType.Government => "A government department or national public body",
        FunderType.Other => "Another kind of funder",
        null => "Not given",
        _ => type.ToString() ?? "",
    };

    public static string Of(MemberRole role) => role switch
    {
        MemberRole.Editor => "Editor",
        MemberRole.Viewer => "Viewer",
        _ => role.ToString(),
    };
}
