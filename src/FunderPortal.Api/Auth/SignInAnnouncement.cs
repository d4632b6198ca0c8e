namespace FunderPortal.Api.Auth;

/// <summary>Says at start which sign-in is active, so an operator sees at once whether anyone can become anyone.</summary>
public sealed partial class SignInAnnouncement(
    ILogger<SignInAnnouncement> logger, PortalAuthOptions auth, bool devTokens, bool openIdConnect, IReadOnlyList<string> addresses)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var listening = string.Join(", ", addresses);
        if (devTokens)
            DevelopmentSignIn(logger, listening);
        else if (openIdConnect)
            OpenIdConnect(logger, auth.Authority!);
        else if (!string.IsNullOrEmpty(auth.Authority))
            BearerOnly(logger, auth.Authority);
        else
            NoSignIn(logger, listening);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in: DEVELOPMENT. POST /dev/token, /dev/sign-in and /dev/demo are on: "
        + "anyone who reaches {Addresses} can act as anyone. For trying the portal on one's own machine only (Auth:DevTokens).")]
    private static partial void DevelopmentSignIn(ILogger logger, string addresses);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sign-in: OpenID Connect at {Authority} for browsers, its bearer tokens for the API.")]
    private static partial void OpenIdConnect(ILogger logger, string authority);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in: bearer tokens from {Authority} for the API only; browsers cannot sign in "
        + "until Auth:ClientId is set.")]
    private static partial void BearerOnly(ILogger logger, string authority);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in: NONE. Nobody can sign in: set Auth:Authority and Auth:ClientId "
        + "(OpenID Connect). Development sign-in is off: by default it is on only for the embedded portal listening on "
        + "loopback alone, and this one listens on {Addresses} (or Auth:DevTokens is false).")]
    private static partial void NoSignIn(ILogger logger, string addresses);
}
