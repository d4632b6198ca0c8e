using FunderPortal.Common;

namespace FunderPortal.Web.Common;

/// <summary>Words for who takes part.</summary>
public static partial class Words
{
    /// <summary>A list in words, "None" when empty.</summary>
    public static string List(IEnumerable<string> items) => items.ToList() is { Count: > 0 } list ? string.Join(", ", list) : "None";
}
