using FunderPortal.Common;
using FunderPortal.Funders;

namespace FunderPortal.Web.Common;

/// <summary>Words for organisations and the people in them.</summary>
public static partial class Words
{
    public static string Of(FunderType? type) => type switch
    {
        FunderType.Trust => T("A charitable trust"),
        FunderType.Foundation => T("A grant-making foundation"),
        FunderType.LocalAuthority => T("A council or other local authority"),
        FunderType.Lottery => T("A lottery distributor"),
        FunderType.Corporate => T("A company or its foundation"),
        FunderType.Government => T("A government department or national public body"),
        FunderType.Other => T("Another kind of funder"),
        null => T("Not given"),
        _ => type.ToString() ?? "",
    };

    public static string Of(MemberRole role) => role switch
    {
        MemberRole.Editor => T("Editor"),
        MemberRole.Viewer => T("Viewer"),
        _ => role.ToString(),
    };
}
