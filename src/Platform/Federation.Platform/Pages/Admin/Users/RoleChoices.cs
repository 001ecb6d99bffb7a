using Federation.Platform.Identity;

namespace Federation.Platform.Pages.Admin.Users;

/// <summary>The roles to tick on the user forms, and the ones ticked now.</summary>
internal sealed record RoleChoices(IReadOnlyList<RoleDefinition> All, IReadOnlyCollection<string> Ticked);
