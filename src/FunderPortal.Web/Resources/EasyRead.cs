namespace FunderPortal.Web.Resources;

/// <summary>The easy-read form of the participant and panellist pages: short sentences, one idea per line, common words. English is the text in the code; its Welsh is in <c>EasyRead.cy.resx</c>.</summary>
public sealed class EasyRead;
