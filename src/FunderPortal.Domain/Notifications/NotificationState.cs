using FunderPortal.Common;

namespace FunderPortal.Notifications;

/// <summary>One notification kept: <see cref="Position"/> its place in arrival order.</summary>
public sealed class NotificationEntry
{
    public string Id { get; set; } = "";
    public long Position { get; set; }
    public NotificationKind Kind { get; set; }
    public DateTimeOffset At { get; set; }
    public string Title { get; set; } = "";
    public string Text { get; set; } = "";
    public string Link { get; set; } = "";
    public bool Read { get; set; }

    /// <summary>The title and text to put in the reader's language (null in one from before issue 21: English only).</summary>
    public Phrase? TitlePhrase { get; set; }

    public Phrase? TextPhrase { get; set; }

    /// <summary>The title in <paramref name="culture"/>'s language: Welsh from its phrase, else the English stored.</summary>
    public string TitleIn(System.Globalization.CultureInfo culture) =>
        TitlePhrase is { } p && NoticeWords.IsWelsh(culture) ? NotificationLimits.Cut(p.In(culture), NotificationLimits.Title) : Title;

    public string TextIn(System.Globalization.CultureInfo culture) =>
        TextPhrase is { } p && NoticeWords.IsWelsh(culture) ? NotificationLimits.Cut(p.In(culture), NotificationLimits.Text) : Text;

    /// <summary>When the person's centre received it (its <see cref="At"/> is when what caused it happened).</summary>
    public DateTimeOffset ReceivedAt { get; set; }

    /// <summary>Emailed on its own as it arrived (the person wanted it at once, to a confirmed address).</summary>
    public bool EmailedAtOnce { get; set; }

    /// <summary>Listed in a digest already.</summary>
    public bool InDigest { get; set; }
}

/// <summary>One person's notifications, oldest first. Snapshotted as JSON, so kept plain.</summary>
public sealed class NotificationState : IAggregateState<NotificationEvent>
{
    // 2: entries know when they arrived and how they were mailed, and the last digest of each kind is kept.
    public const int SnapshotSchema = 2;

    public long Version { get; set; }
    public DateTimeOffset? LastRecordedAt { get; set; }
    public List<NotificationEntry> Items { get; set; } = [];

    public string? Email { get; set; }
    public bool EmailConfirmed { get; set; }
    public string? ConfirmationHash { get; set; }
    public string? UnsubscribeSecret { get; set; }
    public string Language { get; set; } = "en";

    /// <summary>Kinds not delivered immediately (the default) by email.</summary>
    public Dictionary<NotificationKind, DeliveryChoice> Delivery { get; set; } = [];

    /// <summary>The last digest sent of each kind.</summary>
    public Dictionary<DigestKind, DigestPeriod> LastDigest { get; set; } = [];

    public DeliveryChoice DeliveryOf(NotificationKind kind) => Delivery.GetValueOrDefault(kind, DeliveryChoice.Immediately);

    public NotificationEntry? Find(string id) => Items.Find(i => i.Id == id);

    public int UnreadCount => Items.Count(i => !i.Read);

    public void Apply(NotificationEvent change, DateTimeOffset recordedAt)
    {
        switch (change)
        {
            case NotificationReceived e when Find(e.Id) is null:
                Items.Add(new NotificationEntry
                {
                    Id = e.Id,
                    Position = Items.Count + 1,
                    Kind = e.Kind,
                    At = e.At,
                    Title = e.Title,
                    Text = e.Text,
                    Link = e.Link,
                    TitlePhrase = e.TitlePhrase,
                    TextPhrase = e.TextPhrase,
                    ReceivedAt = recordedAt,
                    EmailedAtOnce = PreferenceRules.EmailsAtOnce(this, e.Kind),
                });
                break;
            case NotificationRead e when Find(e.Id) is { } read:
                read.Read = true;
                break;
            case EmailChanged e:
                (Email, EmailConfirmed, ConfirmationHash, UnsubscribeSecret) = (e.Email, false, e.ConfirmationHash, e.UnsubscribeSecret);
                break;
            case EmailConfirmed e when e.Email == Email:
                EmailConfirmed = true;
                break;
            case DeliveryChanged e:
                Language = e.Language;
                Delivery = new Dictionary<NotificationKind, DeliveryChoice>(e.Delivery);
                break;
            case DigestSent e:
                LastDigest[e.Kind] = new DigestPeriod(e.Kind, e.Day, e.At);
                var listed = e.Ids.ToHashSet(StringComparer.Ordinal);
                foreach (var item in Items.Where(i => listed.Contains(i.Id)))
                    item.InDigest = true;
                break;
            case NotificationsReadThrough e:
                foreach (var item in Items.Where(i => i.Position <= e.Position))
                    item.Read = true;
                break;
        }
        Version++;
        LastRecordedAt = recordedAt;
    }
}
