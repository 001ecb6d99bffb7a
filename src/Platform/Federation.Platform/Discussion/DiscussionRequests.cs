using Federation.Kernel.Validation;
using FluentValidation;

namespace Federation.Platform.Discussion;

/// <summary>A comment as someone writes it; "@name" tells that user, if they may open the record.</summary>
internal sealed record CommentRequest(string? Body);

internal sealed class CommentRequestValidator : AbstractValidator<CommentRequest>
{
    public CommentRequestValidator() => RuleFor(r => r.Body).RequiredText(Comment.MaxLength);
}

/// <summary>A record's discussion, oldest first: what was said and the files kept with it.</summary>
internal sealed record DiscussionResponse(string Module, string RecordType, string RecordId, string Title, string Link,
    IReadOnlyList<CommentResponse> Comments, IReadOnlyList<AttachmentResponse> Attachments);

internal sealed record CommentResponse(Guid Id, Guid AuthorId, string AuthorName, string Body, IReadOnlyList<MentionedUser> Mentions,
    DateTime CreatedAtUtc, bool CanDelete);

internal sealed record MentionedUser(Guid Id, string DisplayName);

internal sealed record AttachmentResponse(Guid Id, string FileName, string ContentType, long SizeBytes, string UploadedByName,
    DateTime UploadedAtUtc, string Download, bool CanDelete);
