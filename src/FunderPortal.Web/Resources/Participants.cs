namespace FunderPortal.Web.Resources;

/// <summary>Pages for participants who arrive by a one-time link (Pages/Participants/). English is the text in the code; its Welsh is in <c>Participants.cy.resx</c>.</summary>
public sealed class Participants;
