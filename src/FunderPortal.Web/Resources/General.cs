namespace FunderPortal.Web.Resources;

/// <summary>The layout, the language switch and the components every area uses (Common/). English is the text in the code; its Welsh is in <c>General.cy.resx</c>.</summary>
public sealed class General;
