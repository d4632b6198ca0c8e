namespace FunderPortal.Web.Resources;

/// <summary>A funder's pages (Pages/Funders/) and the components only they use. English is the text in the code; its Welsh is in <c>Funders.cy.resx</c>.</summary>
public sealed class Funders;
