namespace FunderPortal.Web.Resources;

/// <summary>The vocabulary's friendly names and formats (Common/Words*.cs). English is the text in the code; its Welsh is in <c>Words.cy.resx</c>.</summary>
public sealed class Words;
