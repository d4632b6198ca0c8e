using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Components.Rendering;

namespace FunderPortal.Web.Common.Inputs;

/// <summary>The framework's <see cref="InputDate{TValue}"/>, keeping the <c>aria-invalid</c> the page gives it (<see cref="KeptAriaInvalid"/>).</summary>
public sealed class DateInput<TValue> : InputDate<TValue>
{
    private object? _ariaInvalid;

    public override Task SetParametersAsync(ParameterView parameters)
    {
        _ariaInvalid = KeptAriaInvalid.From(parameters);
        return base.SetParametersAsync(parameters);
    }

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        AdditionalAttributes = KeptAriaInvalid.Into(AdditionalAttributes, _ariaInvalid);
        base.BuildRenderTree(builder);
    }
}
