using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Components;

namespace FunderPortal.Web.Common;

/// <summary>SVG's &lt;text&gt; element, which Razor reserves for itself, written out with its words encoded; and numbers as SVG wants them.</summary>
public static class Svg
{
    public static MarkupString Text(double x, double y, string words, string anchor = "start", string? cssClass = null) => new(string.Create(CultureInfo.InvariantCulture,
        $"<text x=\"{x:0.#}\" y=\"{y:0.#}\" font-size=\"13\" text-anchor=\"{anchor}\"{(cssClass is null ? "" : $" class=\"{cssClass}\"")}>{WebUtility.HtmlEncode(words)}</text>"));

    /// <summary>A coordinate with the invariant decimal point, whatever the page's language.</summary>
    public static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>One "x,y" pair of a polyline's points.</summary>
    public static string Point(double x, double y) => $"{Number(x)},{Number(y)}";
}
