using System.Globalization;

namespace FunderPortal.Web.Common;

/// <summary>Whole pence shown as pounds (the request's culture's digits, en-GB and cy-GB alike; our own £ sign) and read back from what people type.</summary>
public static class Money
{
    public static string Pounds(long pence)
    {
        var sign = pence < 0 ? "-" : "";
        var abs = Math.Abs((decimal)pence) / 100m;
        return $"{sign}£{abs.ToString(abs == decimal.Truncate(abs) ? "#,0" : "#,0.00", CultureInfo.CurrentCulture)}";
    }

    /// <summary>Pence as a form's pounds field shows them to change: "1250.50" reads back as £1,250.50, "30" as £30.</summary>
    public static string PoundsInput(long pence)
    {
        var pounds = pence / 100m;
        return pounds.ToString(pounds == decimal.Truncate(pounds) ? "0" : "0.00", CultureInfo.InvariantCulture);
    }

    /// <summary>"1,250.50", "£30" or "30" → pence; null when it is not an amount of pounds and whole pence.</summary>
    public static long? ParsePounds(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var cleaned = text.Trim().TrimStart('£').Replace(",", "", StringComparison.Ordinal);
        if (!decimal.TryParse(cleaned, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var pounds))
            return null;
        var pence = pounds * 100m;
        return pence == decimal.Truncate(pence) && pence <= long.MaxValue ? (long)pence : null;
    }
}
