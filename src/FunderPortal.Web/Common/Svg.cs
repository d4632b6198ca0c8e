using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Components;

namespace FunderPortal.Web.Common;

/// <summary>SVG's &lt;text&gt; element, which Razor reserves for itself, written out with its words encoded.</summary>
public static class Svg
{
    public static MarkupString Text(double x, double y, string words, string anchor = "start") => new(string.Create(CultureInfo.InvariantCulture,
        $"<text x=\"{x:0.#}\" y=\"{y:0.#}\" font-size=\"13\" text-anchor=\"{anchor}\">{WebUtility.HtmlEncode(words)}</text>"));
}
