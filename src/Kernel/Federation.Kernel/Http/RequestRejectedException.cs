using Federation.Kernel.Resources;
namespace Federation.Kernel.Http;

/// <summary>
/// The client's request cannot be carried out as sent. The host turns it into a problem
/// document naming <see cref="Field"/>; nothing has been written when it is thrown.
/// </summary>
public class RequestRejectedException(string field, string message, int statusCode = 400) : Exception(message)
{
    /// <summary>The request field the refusal is about, e.g. "pageSize"; the problem document lists the message under it.</summary>
    public string Field { get; } = field;
    /// <summary>The HTTP status the host answers with: 400 by default, 409 for a rule, 403 for access.</summary>
    public int StatusCode { get; } = statusCode;
}

/// <summary>A rule of the domain refuses the change in the record's current state (409), e.g. an impossible stage transition.</summary>
public sealed class RuleViolationException(string field, string message) : RequestRejectedException(field, message, 409);

/// <summary>The user lacks access to the organisation a request names (403).</summary>
public sealed class OrganisationAccessDeniedException(string field)
    : RequestRejectedException(field, Text.Get("OrganisationDenied"), 403);

/// <summary>
/// The user lacks a permission that depends on what the request names (a ledger to import, say),
/// so it cannot be required on the endpoint itself; answered like the endpoint's own check (403
/// naming <see cref="Permission"/>).
/// </summary>
public sealed class PermissionMissingException(string field, string permission, string message)
    : RequestRejectedException(field, message, 403)
{
    /// <summary>The permission key the user lacks, e.g. "investment.write".</summary>
    public string Permission { get; } = permission;
}
