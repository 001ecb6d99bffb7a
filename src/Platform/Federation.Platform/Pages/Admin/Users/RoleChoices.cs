using Federation.Platform.Identity;

namespace Federation.Platform.Pages.Admin.Users;

/// <summary>The roles to tick on the user forms, and the ones ticked now; <paramref name="IdPrefix"/> keeps two forms' boxes apart on one page.</summary>
internal sealed record RoleChoices(IReadOnlyList<RoleDefinition> All, IReadOnlyCollection<string> Ticked, string IdPrefix = "role-");
