namespace FunderPortal.Common;

/// <summary>Published limits on text and lists; the API contract states the same numbers.</summary>
public static class Limits
{
    public const int Name = 200;
    public const int Title = 200;
    public const int ShortText = 2_000;
    public const int LongText = 10_000;
    public const int Subject = 200;
    public const int Tag = 100;
    public const int Tags = 50;
    /// <summary>The longest id a client may send; the portal's own ids are 32 characters.</summary>
    public const int Id = 100;
    /// <summary>The longest participant handle (<see cref="ParticipantPattern"/>).</summary>
    public const int ParticipantHandle = 64;
    /// <summary>Earliest and latest calendar dates accepted anywhere.</summary>
    public static readonly DateOnly EarliestDate = new(2000, 1, 1);
    public static readonly DateOnly LatestDate = new(2100, 12, 31);
    public const int Items = 200;
    public const int MaxParticipants = 1_000_000;
    public const int MaxCheckIns = 1_000;
    public const int MaxEvidence = 5_000;
    public const int MaxAttachmentsPerItem = 20;
    public const int MaxParticipantsAsked = 50;
    public const int Comment = 2_000;

    /// <summary>The most participants one check-in asks to rate it, over every request.</summary>
    public const int MaxVoicesPerCheckIn = 500;

    /// <summary>Pseudonymous handles the charity gives participants: no names needed.</summary>
    public const string ParticipantPattern = "^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$";
    public const int MinRating = 1;
    public const int MaxRating = 5;
    public const int HistoryPageDefault = 100;
    public const int HistoryPageMax = 1_000;
}
