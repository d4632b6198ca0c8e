namespace FunderPortal.Rounds;

/// <summary>Round ids are 32 lower-case hex digits (a GUID without dashes), made when the round is set up.</summary>
public static class RoundIds
{
    public static string New() => Guid.NewGuid().ToString("n");

    /// <summary>Whether <paramref name="id"/> can be a round's: anything else is not found without waking a grain.</summary>
    public static bool IsValid(string? id) =>
        id is { Length: 32 } && id.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f'));
}
