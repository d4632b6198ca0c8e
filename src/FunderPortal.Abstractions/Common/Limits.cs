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
    public const int HistoryPageDefault = 100;
    public const int HistoryPageMax = 1_000;
}
