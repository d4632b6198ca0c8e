using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using FunderPortal.Common;

namespace FunderPortal.Notifications;

/// <summary>How a person wants each kind of notification by email (the portal notice always stays).</summary>
public enum DeliveryChoice
{
    Immediately,
    DailyDigest,
    WeeklyDigest,
    Off,
}

/// <summary>What a person asks for: an address (null: none), a language (en or cy), and per kind how to deliver (kinds left out keep theirs).</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.ChangePreferences")]
public sealed record ChangePreferences(
    [property: Id(0)] string? Email,
    [property: Id(1)] string? Language,
    [property: Id(2)] IReadOnlyDictionary<NotificationKind, DeliveryChoice>? Delivery);

/// <summary>A person's preferences as they see them: every kind with its choice.</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.PreferencesView")]
public sealed record PreferencesView(
    [property: Id(0)] string? Email,
    [property: Id(1)] bool EmailConfirmed,
    [property: Id(2)] string Language,
    [property: Id(3)] IReadOnlyDictionary<NotificationKind, DeliveryChoice> Delivery);

/// <summary>
/// The rules of a person's preferences, pure. An address is used only once confirmed through the link sent to it (its
/// token's hash is kept, never the token); unsubscribing turns one kind off by the secret in the mail's link.
/// </summary>
public static class PreferenceRules
{
    public static readonly string[] Languages = ["en", "cy"];
    public const int EmailLength = 254;

    public static PreferencesView View(NotificationState state) => new(
        state.Email, state.EmailConfirmed, state.Language,
        Enum.GetValues<NotificationKind>().ToDictionary(k => k, k => state.DeliveryOf(k)));

    /// <param name="confirmationToken">The token the confirmation link will carry, used when the address changes.</param>
    /// <param name="unsubscribeSecret">The secret unsubscribe links will carry for a new address.</param>
    public static IReadOnlyList<NotificationEvent> Change(NotificationState state, ChangePreferences c, string confirmationToken, string unsubscribeSecret)
    {
        var errors = new ErrorBag();
        var email = string.IsNullOrWhiteSpace(c.Email) ? null : c.Email.Trim();
        if (email is not null && !IsAddress(email))
            errors.Add("email", "An email address such as name@example.org.");
        var language = c.Language ?? state.Language;
        if (!Languages.Contains(language))
            errors.Add("language", "en or cy.");
        foreach (var (kind, choice) in c.Delivery ?? new Dictionary<NotificationKind, DeliveryChoice>())
        {
            errors.Defined($"delivery.{kind}", (NotificationKind?)kind);
            errors.Defined($"delivery.{kind}", (DeliveryChoice?)choice);
        }
        errors.ThrowIfAny();

        List<NotificationEvent> events = [];
        if (!string.Equals(email, state.Email, StringComparison.OrdinalIgnoreCase))
            events.Add(new EmailChanged(email, email is null ? null : Hash(confirmationToken), email is null ? null : unsubscribeSecret));
        var delivery = Enum.GetValues<NotificationKind>().ToDictionary(k => k, k => c.Delivery?.GetValueOrDefault(k, state.DeliveryOf(k)) ?? state.DeliveryOf(k));
        if (language != state.Language || delivery.Any(d => d.Value != state.DeliveryOf(d.Key)))
            events.Add(new DeliveryChanged(language, delivery.Where(d => d.Value != DeliveryChoice.Immediately).ToDictionary()));
        return events;
    }

    /// <summary>Confirms the address the token was sent to; a token not for the current address is not found.</summary>
    public static IReadOnlyList<NotificationEvent> Confirm(NotificationState state, string token)
    {
        if (state.Email is null || state.ConfirmationHash is null || !FixedTimeEquals(state.ConfirmationHash, Hash(token)))
            throw new NotFoundException("This confirmation link is not for your current address, or it was used already.");
        return state.EmailConfirmed ? [] : [new EmailConfirmed(state.Email)];
    }

    /// <summary>Turns <paramref name="kind"/> off by email, for the holder of the secret in the mail's unsubscribe link.</summary>
    public static IReadOnlyList<NotificationEvent> Unsubscribe(NotificationState state, NotificationKind kind, string secret)
    {
        if (state.UnsubscribeSecret is null || !FixedTimeEquals(state.UnsubscribeSecret, secret) || !Enum.IsDefined(kind))
            throw new NotFoundException("This unsubscribe link is not known.");
        if (state.DeliveryOf(kind) == DeliveryChoice.Off)
            return [];
        var delivery = new Dictionary<NotificationKind, DeliveryChoice>(state.Delivery) { [kind] = DeliveryChoice.Off };
        return [new DeliveryChanged(state.Language, delivery)];
    }

    /// <summary>Turns every kind collected in the <paramref name="digest"/> off by email, for the holder of the secret in the digest's unsubscribe link.</summary>
    public static IReadOnlyList<NotificationEvent> Unsubscribe(NotificationState state, DigestKind digest, string secret)
    {
        if (state.UnsubscribeSecret is null || !FixedTimeEquals(state.UnsubscribeSecret, secret) || !Enum.IsDefined(digest))
            throw new NotFoundException("This unsubscribe link is not known.");
        var choice = DigestSchedule.ChoiceOf(digest);
        if (!state.Delivery.ContainsValue(choice))
            return [];
        var delivery = state.Delivery.ToDictionary(d => d.Key, d => d.Value == choice ? DeliveryChoice.Off : d.Value);
        return [new DeliveryChanged(state.Language, delivery)];
    }

    /// <summary>Whether a notification of <paramref name="kind"/> is emailed at once: to a confirmed address, unless the person chose otherwise.</summary>
    public static bool EmailsAtOnce(NotificationState state, NotificationKind kind) =>
        state.EmailConfirmed && state.Email is not null && state.DeliveryOf(kind) == DeliveryChoice.Immediately;

    /// <summary>An optional address given in a request: null when left out or blank, else trimmed; refused (naming <paramref name="field"/>) when not an address.</summary>
    public static string? OptionalAddress(string field, string? email)
    {
        if (string.IsNullOrWhiteSpace(email))
            return null;
        return IsAddress(email.Trim()) ? email.Trim() : throw DomainValidationException.For(field, "An email address such as name@example.org.");
    }

    public static bool IsAddress(string email)
    {
        if (email.Length > EmailLength || email.Any(char.IsWhiteSpace))
            return false;
        var at = email.IndexOf('@');
        return at > 0 && at == email.LastIndexOf('@') && email.IndexOf('.', at) > at + 1 && !email.EndsWith('.')
            && System.Net.Mail.MailAddress.TryCreate(email, out var parsed) && parsed.Address == email;
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static bool FixedTimeEquals(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));
}

/// <summary>
/// Links mailed to a person carry who they are for (their subject, base64url) and a secret: the confirmation token,
/// or the unsubscribe secret with the kind. The subject finds the person's grain; the secret proves the link is theirs.
/// </summary>
public static class MailTokens
{
    public static string Confirmation(string subject, string secret) => $"{Encode(subject)}.{secret}";

    public static string Unsubscribe(string subject, NotificationKind kind, string secret) => $"{Encode(subject)}.{kind}.{secret}";

    /// <summary>A digest's unsubscribe link: <c>DailyDigest</c> or <c>WeeklyDigest</c> where a kind would be.</summary>
    public static string Unsubscribe(string subject, DigestKind digest, string secret) => $"{Encode(subject)}.{DigestSchedule.ChoiceOf(digest)}.{secret}";

    /// <summary>The subject a token is for, and the rest; null when it is not a token of ours.</summary>
    public static (string Subject, string Secret)? Read(string? token)
    {
        if (token is null || token.IndexOf('.') is not (> 0 and var dot))
            return null;
        try
        {
            var subject = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token.AsSpan(0, dot)));
            return subject.Length is > 0 and <= Limits.Subject ? (subject, token[(dot + 1)..]) : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static string Encode(string subject) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(subject));
}
