namespace FunderPortal.Funders;

/// <summary>Money is kept in whole pence; pounds appear only where a standard asks for them, exactly.</summary>
public static class Pounds
{
    /// <summary>Pounds as an exact decimal: 123456 pence is 1234.56, never a binary fraction.</summary>
    public static decimal FromPence(long pence) => pence / 100m;
}
