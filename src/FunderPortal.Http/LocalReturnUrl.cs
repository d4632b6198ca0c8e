namespace FunderPortal.Http;

/// <summary>
/// The one check every sign-in route makes of where to send a person afterwards (development sign-in, OpenID Connect
/// before and after the provider's round trip): a path on this site or the home page, never another site and never a 500.
/// </summary>
public static class LocalReturnUrl
{
    public const string Home = "/";

    /// <summary>
    /// True for a local path: one leading <c>/</c>, not <c>//</c> or <c>/\</c> (browsers read both as another host), and
    /// no control characters anywhere (a tab or a newline is dropped by browsers, turning <c>/\t/evil</c> into <c>//evil</c>).
    /// </summary>
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url)
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(char.IsControl);

    /// <summary><paramref name="url"/> when it is local, else the home page.</summary>
    public static string OrHome(string? url) => IsLocal(url) ? url! : Home;
}
