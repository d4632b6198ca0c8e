namespace FunderPortal.Web.Resources;

/// <summary>A charity's pages (Pages/Charities/) and the components only they use. English is the text in the code; its Welsh is in <c>Charities.cy.resx</c>.</summary>
public sealed class Charities;
