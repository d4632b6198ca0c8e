namespace FunderPortal.Mail;

/// <summary>
/// One message to one person. <see cref="MessageId"/> is made from what caused it and who it is for, so every attempt
/// to send it (a retry, a restart) is the same message, and the mail outbox keeps one file per message.
/// <see cref="UnsubscribeUrl"/>, when set, is the one-click unsubscribe (RFC 8058). <see cref="What"/> says what kind of
/// message it is, in words without personal data (shown to platform admins when it keeps failing).
/// </summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.OutgoingMail")]
public sealed record OutgoingMail(
    [property: Id(0)] string MessageId,
    [property: Id(1)] string To,
    [property: Id(2)] string Subject,
    [property: Id(3)] string Text,
    [property: Id(4)] string Html,
    [property: Id(5)] string? UnsubscribeUrl,
    [property: Id(6)] string What = "message");
