namespace FunderPortal.Web.Resources;

/// <summary>A person's own pages: home, sign-in, notifications, preferences, and the platform's admin pages (Pages/Me/, Pages/Admin/, Pages/*.razor). English is the text in the code; its Welsh is in <c>People.cy.resx</c>.</summary>
public sealed class People;
