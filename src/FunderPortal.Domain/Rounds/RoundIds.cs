namespace FunderPortal.Rounds;

/// <summary>Round ids are 32 lower-case hex digits (a GUID without dashes, as <see cref="Common.Ids.New"/> makes them).</summary>
public static class RoundIds
{
    /// <summary>Whether <paramref name="id"/> can be a round's: anything else is not found without waking a grain.</summary>
    public static bool IsValid(string? id) =>
        id is { Length: 32 } && id.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f'));
}
