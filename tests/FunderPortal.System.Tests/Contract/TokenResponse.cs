namespace FunderPortal.System.Tests.Contract;

/// <summary>The answer of <c>POST /dev/token</c>.</summary>
public sealed record TokenResponse(string AccessToken, string TokenType, long ExpiresIn);
