using System.Globalization;
using FunderPortal.Notifications;

namespace FunderPortal.Common;

/// <summary>
/// The language of the request a grain call serves (<c>cy</c> or <c>en</c>), riding along with the call in Orleans'
/// request context as the idempotent request's id does (<see cref="Ids.RequestContextKey"/>): the web host sets it from
/// the request's culture (cookie, stored language, <c>Accept-Language</c>) before any grain is called, and it follows the
/// call into the grains it calls. Read where what is made is for the person asking: their notifications listed, and mail
/// to an address with no account behind it (an invitation, a participant's link), which is written in the language of
/// the person who sent it. English when the call serves no request.
/// </summary>
public static class CallerLanguage
{
    public const string RequestContextKey = "funderportal.language";

    public static string Current => Orleans.Runtime.RequestContext.Get(RequestContextKey) as string == "cy" ? "cy" : "en";

    public static CultureInfo Culture => NoticeWords.CultureOf(Current);
}
