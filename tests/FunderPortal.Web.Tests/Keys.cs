using Microsoft.Playwright;

namespace FunderPortal.Web.Tests;

/// <summary>Checks of keyboard use: wherever the focus is, it is seen.</summary>
public static class Keys
{
    /// <summary>Presses Tab (from wherever the focus is) until <paramref name="target"/> has it; every stop on the way shows it.</summary>
    public static async Task TabUntilAsync(IPage page, ILocator target, int most = 60)
    {
        for (var i = 0; i < most; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            await ExpectVisibleFocusAsync(page);
            if (await target.EvaluateAsync<bool>("e => e === document.activeElement"))
                return;
        }
        Assert.Fail($"Tab never reached {target}.");
    }

    /// <summary>The focused element draws an outline of some width: focus is never invisible.</summary>
    public static async Task ExpectVisibleFocusAsync(IPage page)
    {
        var outline = await page.EvaluateAsync<string>(
            "() => { const s = getComputedStyle(document.activeElement); return s.outlineStyle + ' ' + s.outlineWidth; }");
        Assert.False(outline.StartsWith("none", StringComparison.Ordinal) || outline.EndsWith(" 0px", StringComparison.Ordinal),
            $"No visible focus on the focused element (outline: {outline}): "
            + await page.EvaluateAsync<string>("() => document.activeElement?.outerHTML?.slice(0, 200) ?? ''"));
    }
}
